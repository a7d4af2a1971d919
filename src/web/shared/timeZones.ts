// ICU lists some zones by their old names; people look for the current ones.
const CURRENT_NAMES: Record<string, string> = {
  'Asia/Saigon': 'Asia/Ho_Chi_Minh',
  'Europe/Kiev': 'Europe/Kyiv',
  'Asia/Calcutta': 'Asia/Kolkata',
  'Asia/Katmandu': 'Asia/Kathmandu',
  'Asia/Rangoon': 'Asia/Yangon',
  'Atlantic/Faeroe': 'Atlantic/Faroe',
  'America/Godthab': 'America/Nuuk',
  'Pacific/Truk': 'Pacific/Chuuk',
  'Pacific/Ponape': 'Pacific/Pohnpei',
  'Pacific/Enderbury': 'Pacific/Kanton',
};

/** The IANA time zones to choose from, by current name, sorted, always including `current`. */
export function timeZoneOptions(available: readonly string[], current: string): string[] {
  const names = new Set(available.map((zone) => CURRENT_NAMES[zone] ?? zone));
  if (current) names.add(current);
  return [...names].sort();
}
