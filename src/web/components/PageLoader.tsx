import { Center, Loader } from '@mantine/core';

/** A centred spinner while a page loads (focus waits for the page's content while one is shown). */
export function PageLoader() {
  return (
    <Center h="60vh" data-page-loading>
      <Loader />
    </Center>
  );
}
