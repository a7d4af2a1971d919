import { Button } from '@mantine/core';
import { FormattedMessage } from 'react-intl';
import { Link } from 'react-router';
import type { EmptyState } from '../../components/index.js';

/**
 * What an empty relationship list says: nothing matches (with the button that clears the search
 * and filters), or, before the first one, how to start.
 */
export function relationshipsEmptyState(o: {
  root: string;
  writer: boolean;
  narrowed: boolean;
  onClear: () => void;
}): EmptyState {
  if (o.narrowed) {
    return {
      message: <FormattedMessage id="empty.relationshipsFiltered" />,
      actions: (
        <Button variant="default" size="xs" onClick={o.onClear}>
          <FormattedMessage id="empty.clearFilters" />
        </Button>
      ),
    };
  }
  if (!o.writer) return { message: <FormattedMessage id="empty.relationshipsViewer" /> };
  return {
    message: <FormattedMessage id="empty.relationships" />,
    actions: (
      <Button component={Link} to={`${o.root}/new`} size="xs">
        <FormattedMessage id="empty.startFirstRelationship" />
      </Button>
    ),
  };
}
