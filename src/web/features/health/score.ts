/** The colour of a 0–100 health score: green when healthy, yellow when slipping, red when at risk. */
export function healthColor(score: number): 'green' | 'yellow' | 'red' {
  if (score >= 70) return 'green';
  if (score >= 40) return 'yellow';
  return 'red';
}
