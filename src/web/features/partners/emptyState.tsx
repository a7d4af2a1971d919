import { Button } from '@mantine/core';
import { FormattedMessage } from 'react-intl';
import { Link } from 'react-router';
import type { EmptyState } from '../../components/index.js';

/**
 * What an empty partner list says: the trash is empty; nothing matches (with the button that
 * clears the search and filters); or, in a new directory, how to fill it (add one, or import).
 */
export function partnersEmptyState(o: {
  root: string;
  writer: boolean;
  trash: boolean;
  narrowed: boolean;
  onClear: () => void;
}): EmptyState {
  if (o.trash) return { message: <FormattedMessage id="empty.trash" /> };
  if (o.narrowed) {
    return {
      message: <FormattedMessage id="empty.partnersFiltered" />,
      actions: (
        <Button variant="default" size="xs" onClick={o.onClear}>
          <FormattedMessage id="empty.clearFilters" />
        </Button>
      ),
    };
  }
  if (!o.writer) return { message: <FormattedMessage id="empty.partnersViewer" /> };
  return {
    message: <FormattedMessage id="empty.partners" />,
    actions: (
      <>
        <Button component={Link} to={`${o.root}/new`} size="xs">
          <FormattedMessage id="empty.addFirstPartner" />
        </Button>
        <Button component={Link} to={`${o.root}/import`} size="xs" variant="default">
          <FormattedMessage id="firstSteps.partners.import" />
        </Button>
      </>
    ),
  };
}
