import { stringify } from 'csv-stringify/sync';
import type { Db } from '../../platform/db/index.js';
import type { Auth } from '../../platform/http/index.js';
import { listPartnerPage, type PartnerFilters } from '../partners/index.js';
import { requirePermission } from '../../platform/access/index.js';
import { findExportDetails, findExportWidths } from './exports.repository.js';
import { partnerVcard, type VcardPartner } from './vcard-writer.js';
import { csvColumns, csvRecord } from './csv-writer.js';

/** Partners per page of the keyset walk: the export never holds the whole list in memory. */
const PAGE = 1000;

type ExportFormat = 'csv' | 'vcf';
// Excel's line ends; csv-stringify quotes only the record delimiter itself, so a lone LF inside a cell must be asked
// for.
const CSV_OPTIONS = { record_delimiter: 'windows', quoted_match: /[\r\n]/ } as const;

/**
 * Checks access, then answers the export as chunks: the whole filtered list (not one page), walked
 * by name in keyset pages. CSV starts with a UTF-8 BOM so Excel reads Vietnamese, Russian and Persian.
 */
export async function exportPartners(
  db: Db,
  auth: Auth,
  workspaceId: string,
  filters: PartnerFilters,
  format: ExportFormat,
): Promise<AsyncGenerator<string>> {
  await requirePermission(db, auth, workspaceId, 'read');
  return chunks(db, workspaceId, filters, auth.user.timeZone, format);
}

async function* chunks(
  db: Db,
  workspaceId: string,
  filters: PartnerFilters,
  timeZone: string,
  format: ExportFormat,
): AsyncGenerator<string> {
  const widths = format === 'csv' ? await findExportWidths(db, workspaceId) : undefined;
  if (widths) yield `\uFEFF${stringify([csvColumns(widths)], CSV_OPTIONS)}`;
  let after: [string, string] | undefined;
  for (;;) {
    const rows = await listPartnerPage(db, workspaceId, {
      filters,
      timeZone,
      sort: { column: 'sortName', direction: 'asc' },
      after,
      limit: PAGE,
    });
    const page = rows.slice(0, PAGE);
    if (!page.length) return;
    const partners = await details(db, workspaceId, page);
    yield widths
      ? stringify(
          partners.map((p) => csvRecord(p, widths)),
          CSV_OPTIONS,
        )
      : partners.map(partnerVcard).join('');
    const last = page[page.length - 1];
    if (rows.length <= PAGE || !last) return;
    after = [last.sortName, last.id];
  }
}

async function details(
  db: Db,
  workspaceId: string,
  page: { id: string; type: 'organization' | 'person'; name: string; kinds: string[]; country: string | null }[],
): Promise<VcardPartner[]> {
  const d = await findExportDetails(
    db,
    workspaceId,
    page.map((p) => p.id),
  );
  const group = <T extends object>(rows: T[], key: (row: T) => string) => {
    const map = new Map<string, T[]>();
    for (const row of rows) map.set(key(row), [...(map.get(key(row)) ?? []), row]);
    return map;
  };
  const profiles = new Map(d.profiles.map((p) => [p.id, p.profile]));
  const contacts = group(d.contacts, (c) => c.partnerId);
  const tags = group(d.tags, (t) => t.partnerId);
  const orgs = group(d.organizations, (o) => o.personId);
  return page.map((p) => ({
    type: p.type,
    name: p.name,
    country: p.country,
    kinds: p.kinds,
    tags: (tags.get(p.id) ?? []).map((t) => t.name),
    organizations: (orgs.get(p.id) ?? []).map((o) => ({ name: o.name, title: o.title })),
    contacts: contacts.get(p.id) ?? [],
    business: profiles.get(p.id)?.business ?? '',
    notes: profiles.get(p.id)?.notes ?? '',
  }));
}
