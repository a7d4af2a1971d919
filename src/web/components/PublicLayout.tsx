import { Box, Container, Group, Paper, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { FormattedMessage } from 'react-intl';
import { LanguageMenu } from './LanguageMenu.js';
import { PAGE_SURFACE, schemeText } from './schemeColors.js';
import { ThemeMenu } from './ThemeMenu.js';
import { MAIN_ID, SkipLink } from './SkipLink.js';

interface Props {
  titleId: string;
  children: ReactNode;
}

/** The frame of pages shown before sign-in: a card (the main area, after a skip link), language and theme menus. */
export function PublicLayout({ titleId, children }: Props) {
  return (
    <Box mih="100vh" bg={PAGE_SURFACE} py="xl">
      <SkipLink />
      <Container size={460}>
        <Group justify="space-between" mb="md">
          <Title order={3} c={schemeText('blue')}>
            <FormattedMessage id="app.name" />
          </Title>
          <Group gap="xs" wrap="nowrap">
            <LanguageMenu />
            <ThemeMenu />
          </Group>
        </Group>
        <Paper component="main" id={MAIN_ID} tabIndex={-1} withBorder shadow="sm" p="xl" radius="md">
          <Title order={1} size="h3" mb="lg">
            <FormattedMessage id={titleId} />
          </Title>
          {children}
        </Paper>
      </Container>
    </Box>
  );
}
