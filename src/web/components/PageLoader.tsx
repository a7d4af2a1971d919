import { Center, Loader } from '@mantine/core';

/** A centred spinner while a page loads. */
export function PageLoader() {
  return (
    <Center h="60vh">
      <Loader />
    </Center>
  );
}
