import { CheckIcon, ColorSwatch, Group } from '@mantine/core';
import { useIntl } from 'react-intl';
import { TAG_PALETTE } from './palette.js';

interface Props {
  value: string;
  onChange: (color: string) => void;
}

/** The fixed palette of tag colours as clickable swatches. */
export function ColorSwatches({ value, onChange }: Props) {
  const intl = useIntl();
  return (
    <Group gap={6} role="radiogroup" aria-label={intl.formatMessage({ id: 'tags.color' })}>
      {TAG_PALETTE.map((color) => (
        <ColorSwatch
          key={color}
          component="button"
          type="button"
          color={color}
          size={22}
          role="radio"
          aria-checked={value === color}
          aria-label={color}
          onClick={() => onChange(color)}
          style={{ cursor: 'pointer', color: '#fff' }}
        >
          {value.toLowerCase() === color ? <CheckIcon width={10} /> : null}
        </ColorSwatch>
      ))}
    </Group>
  );
}
