import { Typography } from '@mantine/core';

interface Props {
  /** HTML the server sanitised on write (interaction notes and minutes), never raw user input. */
  html: string;
  testId?: string;
}

/**
 * The one place the app renders stored HTML. The server keeps only a few formatting tags and
 * http(s)/mailto links, and the page's Content-Security-Policy allows no inline script either.
 */
export function RichHtml({ html, testId }: Props) {
  if (!html) return null;
  return (
    <Typography fz="sm" data-testid={testId}>
      {/* Its own direction: Persian notes in an English page, or the other way round. */}
      <div dir="auto" dangerouslySetInnerHTML={{ __html: html }} />
    </Typography>
  );
}
