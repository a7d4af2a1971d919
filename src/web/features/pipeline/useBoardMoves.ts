import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useMemo, useRef, useState } from 'react';
import { useIntl } from 'react-intl';
import { notifyError } from '../../components/index.js';
import { intlTag, useLocale } from '../../i18n/index.js';
import {
  type Card,
  changeTier,
  type Relationship,
  type RelationshipFilters,
  type Stage,
  storeRelationship,
  type Tier,
  useStageMove,
} from '../relationships/index.js';
import { refreshRelationships, staleCurrent } from '../../shared/index.js';
import { appendPage, type Board, byPartner, type GroupBy, movedCard, placeCard, toCard } from './board.js';
import { boardKey, fetchColumnPage } from './board.queries.js';

/**
 * What the board does to its cards: moves between stages (with the stage rules' dialogs), tier
 * changes and loading further cards of a column. Cards move at once and go back if the server
 * refuses; the board's cache is updated in place, so the pages loaded further down stay.
 */
export function useBoardMoves(workspaceId: string, groupBy: GroupBy, filters: RelationshipFilters) {
  const intl = useIntl();
  const { locale } = useLocale();
  const client = useQueryClient();
  const stageMove = useStageMove(workspaceId, { fromBoard: true });
  const compare = useMemo(() => byPartner(intlTag(locale)), [locale]);
  const [loading, setLoading] = useState<ReadonlySet<string>>(new Set());
  // Columns whose last page failed: they wait for a click instead of retrying on every render.
  const [failed, setFailed] = useState<ReadonlySet<string>>(new Set());
  const loadingRef = useRef(new Set<string>());

  const update = useCallback(
    (change: (board: Board) => Board) =>
      client.setQueryData<Board>(boardKey(workspaceId, groupBy, filters), (old) => (old ? change(old) : old)),
    [client, workspaceId, groupBy, filters],
  );
  const place = useCallback((card: Card) => update((board) => placeCard(board, card, compare)), [update, compare]);

  const loadMore = useCallback(
    (key: string, retry = false) => {
      const board = client.getQueryData<Board>(boardKey(workspaceId, groupBy, filters));
      const cursor = board?.columns.find((c) => c.key === key)?.nextCursor;
      if (!cursor || loadingRef.current.has(key) || (failed.has(key) && !retry)) return;
      loadingRef.current.add(key);
      setFailed((old) => (old.has(key) ? new Set([...old].filter((k) => k !== key)) : old));
      setLoading(new Set(loadingRef.current));
      fetchColumnPage(workspaceId, groupBy, key, filters, cursor)
        .then((page) => update((b) => appendPage(b, key, page)))
        .catch((error: unknown) => {
          notifyError(intl, error);
          setFailed((old) => new Set([...old, key]));
        })
        .finally(() => {
          loadingRef.current.delete(key);
          setLoading(new Set(loadingRef.current));
        });
    },
    [client, workspaceId, groupBy, filters, update, intl, failed],
  );

  const moveStage = (card: Card, to: Stage) => {
    if (card.stage === to) return;
    place(movedCard(card, 'stage', to));
    stageMove.start({ id: card.id, version: card.version, stage: card.stage, partnerName: card.partner.name }, to, {
      onMoved: (saved) => place(toCard(saved)),
      onAbandoned: (current) => place(current ? toCard(current) : card),
    });
  };

  const setTier = (card: Card, to: Tier) => {
    if (card.tier === to) return;
    place(movedCard(card, 'tier', to));
    changeTier(workspaceId, card.id, to, card.version)
      .then((saved) => {
        place(toCard(saved));
        storeRelationship(client, workspaceId, saved);
        void refreshRelationships(client, workspaceId, { exceptBoard: true });
      })
      .catch((error: unknown) => {
        notifyError(intl, error);
        const current = staleCurrent<Relationship>(error);
        place(current ? toCard(current) : card);
      });
  };

  return { moveStage, setTier, loadMore, loading, failed, dialog: stageMove.dialog };
}
