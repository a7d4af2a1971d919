/**
 * Seeds a realistic workspace for the benchmark:
 *
 *   npm run bench:seed -- --partners 100000 [--database-url postgres://…] [--data-dir ./bench-data]
 *                         [--workspace-name "Rapport bench"] [--seed 20261123] [--batch 1000]
 *                         [--relationships N (default: one per partner)] [--relationships-only]
 *                         [--interactions N (default: ten per partner)] [--interactions-only]
 *
 * Migrates the database first, (re)creates the workspace of that name owned by the bench account
 * (bench@example.com / bench-password-2026, plus three members), 20 tags and N partners in
 * Vietnamese, Russian, Persian and English (about a quarter each; ~70% organisations, ~30% people
 * affiliated to organisations with a title), with contacts, tags, owners, profile text and dates
 * over three years, then one relationship per partner (bench/seed-relationships.ts), then
 * interactions and tasks (bench/seed-interactions.ts). `--relationships-only` and
 * `--interactions-only` replace just those in an existing bench workspace. Deterministic: the same --seed and
 * --partners give the same data.
 *
 * sortName / nameKey / searchText and contact values come from the app's own functions
 * (normalize.ts, partner-input.ts searchText, contacts.ts normaliseContacts), never re-implemented.
 */
import { sql } from 'kysely';
import { v7 as uuidv7 } from 'uuid';
import { migrateToLatest, openDatabase, type Db } from '../src/server/platform/db/database.js';
import type { Locale, PartnerProfile, PurchaseDecider, Role } from '../src/server/platform/db/schema.js';
import { newId } from '../src/server/platform/core/ids.js';
import { hashPassword } from '../src/server/platform/auth/secrets.js';
import {
  normaliseContacts,
  type ContactInput,
  type NormalisedContact,
} from '../src/server/directory/partners/contacts.js';
import { nameKey, sortKey } from '../src/server/platform/core/text.js';
import { searchText } from '../src/server/directory/partners/partner-input.js';
import { KINDS } from '../src/server/directory/partners/partners.schema.js';
import { findUserByEmail, insertUser, updateUser } from '../src/server/platform/users/users.repository.js';
import { createWorkspaceWithOwner } from '../src/server/platform/workspaces/workspaces.service.js';
import { insertMembership } from '../src/server/platform/workspaces/workspaces.repository.js';
import {
  BENCH_MEMBER_EMAILS,
  BENCH_OWNER_EMAIL,
  BENCH_PASSWORD,
  DEFAULT_WORKSPACE_NAME,
  createRandom,
  databaseTarget,
  describeTarget,
  elapsedSince,
  intOption,
  parseArgs,
  type Random,
} from './common.js';
import { seedInteractions } from './seed-interactions.js';
import { seedRelationships } from './seed-relationships.js';
import {
  LANGS,
  TAGS,
  addressFor,
  countryFor,
  loadSentences,
  mailHostFor,
  organizationName,
  personName,
  phoneFor,
  productFor,
  titleFor,
  tldFor,
  type Lang,
} from './data.js';

/** Names that certainly exist, so the search benchmarks have something to find. */
const ANCHORS: Partial<Record<Lang, string>> = {
  vi: 'Nguyễn Văn An',
  ru: 'Иванов Иван Петрович',
  fa: 'علی علی\u200cزاده',
  en: 'James Smith',
};
const BASE_TIME = Date.parse('2026-11-01T00:00:00Z');
const THREE_YEARS = 3 * 365 * 24 * 3600 * 1000;

const ORG_KINDS = [
  'customer',
  'customer',
  'customer',
  'supplier',
  'supplier',
  'manufacturer',
  'distributor',
  'it_consultant',
  'auditor',
  'training',
  'other',
] as const;
const PERSON_KINDS = ['customer', 'it_consultant', 'auditor', 'other'] as const;

type PartnerInsert = {
  workspaceId: string;
  id: string;
  type: 'organization' | 'person';
  name: string;
  sortName: string;
  nameKey: string;
  kinds: string[];
  country: string | null;
  ownerId: string | null;
  profile: string;
  purchaseDeciders: string;
  searchText: string;
  createdBy: string | null;
  updatedBy: string | null;
  createdAt: Date;
  updatedAt: Date;
};
type ContactInsert = {
  workspaceId: string;
  id: string;
  partnerId: string;
  channel: NormalisedContact['channel'];
  label: string;
  value: string;
  valueKey: string;
  position: number;
};
type Batch = {
  partners: PartnerInsert[];
  contacts: ContactInsert[];
  tags: { workspaceId: string; partnerId: string; tagId: string }[];
  affiliations: { workspaceId: string; personId: string; organizationId: string; title: string }[];
};
type Org = { id: string; domain: string };

async function main() {
  const options = parseArgs(process.argv.slice(2));
  const total = intOption(options, 'partners', 100_000);
  const seed = intOption(options, 'seed', 20261123);
  const batchSize = Math.max(1, Math.min(2000, intOption(options, 'batch', 1000)));
  const workspaceName = options.get('workspace-name') ?? DEFAULT_WORKSPACE_NAME;
  const target = databaseTarget(options);

  const started = process.hrtime.bigint();
  console.log(`Seeding ${total} partners into "${workspaceName}" on ${describeTarget(target)} (seed ${seed})`);
  const handle = await openDatabase({ databaseUrl: target.databaseUrl, dataDir: target.dataDir });
  try {
    await migrateToLatest(handle.db);
    const db = handle.db;
    const passwordHash = await hashPassword(BENCH_PASSWORD);
    const ownerId = await ensureUser(db, BENCH_OWNER_EMAIL, 'Bench Owner', 'en', passwordHash);
    const memberIds: string[] = [];
    const memberLocales: Locale[] = ['vi', 'ru', 'fa'];
    for (const [i, email] of BENCH_MEMBER_EMAILS.entries())
      memberIds.push(await ensureUser(db, email, `Bench Member ${i + 1}`, memberLocales[i] ?? 'en', passwordHash));

    const relationshipCount = intOption(options, 'relationships', total);
    const interactionCount = intOption(options, 'interactions', total * 10);
    if (options.has('relationships-only')) {
      await reseedRelationships(db, { ownerId, memberIds, workspaceName, seed, relationshipCount, batchSize });
      return;
    }
    if (options.has('interactions-only')) {
      const workspaceId = await findBenchWorkspace(db, ownerId, workspaceName);
      await db.deleteFrom('interaction').where('workspaceId', '=', workspaceId).execute();
      await db.deleteFrom('task').where('workspaceId', '=', workspaceId).execute();
      const started = process.hrtime.bigint();
      // Interactions are classified against partners and relationships as they are written (see
      // classifyInteractions): their tables need statistics first, which PGlite only gets from ANALYZE.
      for (const table of [...PARTNER_TABLES, ...RELATIONSHIP_TABLES]) await sql.raw(`analyze ${table}`).execute(db);
      const seeded = await seedInteractions(db, createRandom(seed + 2), {
        workspaceId,
        users: [ownerId, ...memberIds],
        total: interactionCount,
        batchSize,
        log: (l) => console.log(l),
      });
      for (const table of INTERACTION_TABLES) await sql.raw(`vacuum analyze ${table}`).execute(db);
      console.log(
        `  interactions: ${seeded.interactions.toLocaleString('en')}, tasks ${seeded.tasks.toLocaleString('en')} in ${(elapsedSince(started) / 1000).toFixed(1)} s`,
      );
      return;
    }

    const removed = await removeOldWorkspaces(db, ownerId, workspaceName);
    if (removed)
      console.log(
        `Removed ${removed} earlier workspace(s) named "${workspaceName}" (${elapsedSince(started).toFixed(0)} ms)`,
      );

    const workspaceId = await db.transaction().execute(async (trx) => {
      const workspace = await createWorkspaceWithOwner(trx, ownerId, workspaceName);
      const roles: Role[] = ['admin', 'member', 'member'];
      for (const [i, userId] of memberIds.entries())
        await insertMembership(trx, { workspaceId: workspace.id, userId, role: roles[i] ?? 'member' });
      return workspace.id;
    });
    const tagIds: string[] = [];
    await db.transaction().execute(async (trx) => {
      const rows = TAGS.map((t) => ({
        workspaceId,
        id: newId(),
        name: t.name,
        nameKey: nameKey(t.name),
        color: t.color,
      }));
      await trx.insertInto('tag').values(rows).execute();
      tagIds.push(...rows.map((r) => r.id));
    });

    const users = [ownerId, ...memberIds];
    const generator = createGenerator(createRandom(seed), { workspaceId, users, tagIds });
    const insertStarted = process.hrtime.bigint();
    let done = 0;
    let contacts = 0;
    let lastReport = 0;
    const insertBatch = (batch: Batch) =>
      db.transaction().execute(async (trx) => {
        await trx.insertInto('partner').values(batch.partners).execute();
        if (batch.contacts.length) await trx.insertInto('partnerContact').values(batch.contacts).execute();
        if (batch.tags.length) await trx.insertInto('partnerTag').values(batch.tags).execute();
        if (batch.affiliations.length)
          await trx
            .insertInto('affiliation')
            .values(batch.affiliations)
            .onConflict((oc) => oc.doNothing())
            .execute();
      });
    // Generate the next batch while the database writes this one (helps on a server; PGlite shares the thread).
    let next: Batch | undefined = total > 0 ? generator.batch(0, Math.min(batchSize, total)) : undefined;
    while (next) {
      const batch: Batch = next;
      const n = batch.partners.length;
      const writing = insertBatch(batch);
      next = done + n < total ? generator.batch(done + n, Math.min(batchSize, total - done - n)) : undefined;
      await writing;
      done += n;
      contacts += batch.contacts.length;
      const seconds = elapsedSince(insertStarted) / 1000;
      if (done === total || seconds - lastReport >= 5) {
        lastReport = seconds;
        console.log(
          `  ${done.toLocaleString('en')} / ${total.toLocaleString('en')} partners, ${contacts.toLocaleString('en')} contacts, ${seconds.toFixed(1)} s (${Math.round(done / seconds).toLocaleString('en')} partners/s)`,
        );
      }
    }
    const insertSeconds = elapsedSince(insertStarted) / 1000;
    const relationshipsStarted = process.hrtime.bigint();
    const seeded = await seedRelationships(db, createRandom(seed + 1), {
      workspaceId,
      users,
      limit: relationshipCount,
      batchSize,
    });
    const relationshipSeconds = elapsedSince(relationshipsStarted) / 1000;
    const interactionsStarted = process.hrtime.bigint();
    for (const table of [...PARTNER_TABLES, ...RELATIONSHIP_TABLES]) await sql.raw(`analyze ${table}`).execute(db);
    const interactions = await seedInteractions(db, createRandom(seed + 2), {
      workspaceId,
      users,
      total: interactionCount,
      batchSize,
      log: (l) => console.log(l),
    });
    const interactionSeconds = elapsedSince(interactionsStarted) / 1000;
    const analyzeStarted = process.hrtime.bigint();
    // A fresh bulk load has no planner statistics and an unflushed GIN pending list; a server's
    // autovacuum would get there eventually, PGlite has no autovacuum at all.
    for (const table of [...PARTNER_TABLES, ...RELATIONSHIP_TABLES, ...INTERACTION_TABLES])
      await sql.raw(`vacuum analyze ${table}`).execute(db);
    const analyzeSeconds = elapsedSince(analyzeStarted) / 1000;

    console.log('');
    console.log(`Workspace "${workspaceName}" ${workspaceId}`);
    console.log(
      `  partners: ${total.toLocaleString('en')} (${generator.counts.organization} organisations, ${generator.counts.person} people), contacts: ${contacts.toLocaleString('en')}`,
    );
    console.log(`  by language: ${LANGS.map((l) => `${l} ${generator.counts[l]}`).join(', ')}`);
    console.log(
      `  inserted in ${insertSeconds.toFixed(1)} s (${Math.round(total / insertSeconds).toLocaleString('en')} partners/s), vacuum analyze ${analyzeSeconds.toFixed(1)} s, total ${(elapsedSince(started) / 1000).toFixed(1)} s`,
    );
    console.log(`  relationships: ${describeRelationships(seeded)} in ${relationshipSeconds.toFixed(1)} s`);
    console.log(
      `  interactions: ${interactions.interactions.toLocaleString('en')}, tasks ${interactions.tasks.toLocaleString('en')} in ${interactionSeconds.toFixed(1)} s`,
    );
    console.log(
      `  sign in as ${BENCH_OWNER_EMAIL} / ${BENCH_PASSWORD} (members: ${BENCH_MEMBER_EMAILS.join(', ')}, same password)`,
    );
  } finally {
    await handle.close();
  }
}

async function ensureUser(db: Db, email: string, name: string, locale: Locale, passwordHash: string): Promise<string> {
  const existing = await findUserByEmail(db, email.toLowerCase());
  if (existing) {
    await updateUser(db, existing.id, { passwordHash });
    return existing.id;
  }
  const user = await insertUser(db, {
    id: newId(),
    email,
    emailNormalized: email.toLowerCase(),
    name,
    passwordHash,
    locale,
  });
  return user.id;
}

/** Deletes workspaces of the same name owned by the bench owner (everything in them cascades). */
const PARTNER_TABLES = ['partner', 'partner_contact', 'partner_tag', 'affiliation', 'tag'];
const RELATIONSHIP_TABLES = ['relationship', 'stage_change', 'value_assessment'];
const INTERACTION_TABLES = [
  'interaction',
  'interaction_partner',
  'interaction_relationship',
  'interaction_member',
  'task',
];

function describeRelationships(c: { relationships: number; stageChanges: number; assessments: number }): string {
  return `${c.relationships.toLocaleString('en')} (${c.stageChanges.toLocaleString('en')} stage changes, ${c.assessments.toLocaleString('en')} value assessments)`;
}

/** Replaces the relationships of the existing bench workspace, leaving its partners as they are. */
async function reseedRelationships(
  db: Db,
  o: {
    ownerId: string;
    memberIds: string[];
    workspaceName: string;
    seed: number;
    relationshipCount: number;
    batchSize: number;
  },
) {
  const workspaceId = await findBenchWorkspace(db, o.ownerId, o.workspaceName);
  const started = process.hrtime.bigint();
  await db.deleteFrom('relationship').where('workspaceId', '=', workspaceId).execute();
  const seeded = await seedRelationships(db, createRandom(o.seed + 1), {
    workspaceId,
    users: [o.ownerId, ...o.memberIds],
    limit: o.relationshipCount,
    batchSize: o.batchSize,
  });
  for (const table of RELATIONSHIP_TABLES) await sql.raw(`vacuum analyze ${table}`).execute(db);
  console.log(`  relationships: ${describeRelationships(seeded)} in ${(elapsedSince(started) / 1000).toFixed(1)} s`);
}

async function findBenchWorkspace(db: Db, ownerId: string, name: string): Promise<string> {
  const workspace = await db
    .selectFrom('workspace')
    .innerJoin('membership', 'membership.workspaceId', 'workspace.id')
    .select('workspace.id')
    .where('workspace.name', '=', name)
    .where('membership.userId', '=', ownerId)
    .executeTakeFirst();
  if (!workspace)
    throw new Error(`no workspace "${name}": run bench:seed without --relationships-only / --interactions-only first`);
  return workspace.id;
}

async function removeOldWorkspaces(db: Db, ownerId: string, name: string): Promise<number> {
  const old = await db
    .selectFrom('workspace')
    .innerJoin('membership', 'membership.workspaceId', 'workspace.id')
    .select('workspace.id')
    .where('workspace.name', '=', name)
    .where('membership.userId', '=', ownerId)
    .where('membership.role', '=', 'owner')
    .execute();
  for (const { id } of old) await db.deleteFrom('workspace').where('id', '=', id).execute();
  return old.length;
}

function createGenerator(random: Random, context: { workspaceId: string; users: string[]; tagIds: string[] }) {
  const sentences = loadSentences();
  const orgs: Record<Lang, Org[]> = { vi: [], ru: [], fa: [], en: [] };
  const anchorsLeft = new Set<Lang>(Object.keys(ANCHORS) as Lang[]);
  const counts = { organization: 0, person: 0, vi: 0, ru: 0, fa: 0, en: 0 };
  const { workspaceId, users, tagIds } = context;

  const text = (lang: Lang, max: number) =>
    Array.from({ length: random.int(1, max) }, () => random.pick(sentences[lang])).join(' ');

  function profileFor(lang: Lang, isOrg: boolean): Partial<PartnerProfile> {
    const profile: Partial<PartnerProfile> = {};
    const fields: (keyof PartnerProfile)[] = isOrg
      ? ['business', 'customersServed', 'differentiators', 'businessSituation', 'network', 'howWeMet', 'notes']
      : ['howWeMet', 'notes', 'network'];
    for (const field of fields) if (random.chance(isOrg ? 0.45 : 0.35)) profile[field] = text(lang, 2);
    if (isOrg && !profile.business) profile.business = text(lang, 1);
    return profile;
  }

  function contactsFor(
    lang: Lang,
    country: string,
    isOrg: boolean,
    ascii: string,
    domain: string,
    employer: Org | undefined,
  ): NormalisedContact[] {
    let best: NormalisedContact[] = [];
    for (let attempt = 0; attempt < 5; attempt++) {
      const inputs: ContactInput[] = [];
      const want = random.int(1, 3);
      if (isOrg) {
        inputs.push({
          channel: 'email',
          label: random.pick(['', 'info', 'sales']),
          value: `${random.pick(['info', 'sales', 'contact', 'office'])}@${domain}`,
        });
        if (want >= 2) inputs.push({ channel: 'phone', label: 'office', value: phoneFor(country, random) });
        if (want >= 3)
          inputs.push(
            random.chance(0.6)
              ? { channel: 'website', label: '', value: `https://www.${domain}/` }
              : { channel: 'address', label: 'office', value: addressFor(lang, random) },
          );
        else if (random.chance(0.5)) inputs.push({ channel: 'website', label: '', value: `www.${domain}` });
      } else {
        const local = `${ascii.replace(/-/g, '.')}${random.chance(0.5) ? random.int(1, 999) : ''}`;
        inputs.push({
          channel: 'email',
          label: 'work',
          value: `${local}@${employer && random.chance(0.7) ? employer.domain : mailHostFor(lang, random)}`,
        });
        if (want >= 2) inputs.push({ channel: 'phone', label: 'mobile', value: phoneFor(country, random) });
        if (want >= 3)
          inputs.push({
            channel: 'messenger',
            label: { vi: 'Zalo', ru: 'Telegram', fa: 'Telegram', en: 'WhatsApp' }[lang],
            value: `@${ascii.replace(/-/g, '_')}${random.int(1, 99)}`,
          });
      }
      const { contacts, errors } = normaliseContacts(inputs, country);
      if (errors.length === 0) return contacts;
      if (contacts.length > best.length) best = contacts;
    }
    return best;
  }

  function batch(offset: number, n: number): Batch {
    const out: Batch = { partners: [], contacts: [], tags: [], affiliations: [] };
    for (let k = 0; k < n; k++) {
      const index = offset + k;
      const lang = LANGS[index % 4] as Lang;
      const isOrg = orgs[lang].length < 20 || !random.chance(0.3);
      let name: string;
      let ascii: string;
      if (isOrg) {
        ({ name, ascii } = organizationName(lang, random));
      } else {
        const person = personName(lang, random);
        ({ name, ascii } = person);
        const anchor = ANCHORS[lang];
        if (anchor && anchorsLeft.has(lang)) {
          anchorsLeft.delete(lang);
          name = anchor;
        }
      }
      const country = countryFor(lang, random);
      const createdAt = new Date(BASE_TIME - Math.floor(random.next() * THREE_YEARS));
      const updatedAt = random.chance(0.3)
        ? createdAt
        : new Date(createdAt.getTime() + Math.floor(random.next() * (BASE_TIME - createdAt.getTime())));
      const id = uuidv7({ msecs: createdAt.getTime(), random: random.bytes(16) });
      const domain = `${ascii || 'company'}-${index.toString(36)}.${tldFor(lang, random)}`;
      const employers = isOrg ? [] : random.sample(orgs[lang].slice(-5000), random.chance(0.25) ? 2 : 1);
      const kinds = isOrg
        ? [...new Set(random.sample(ORG_KINDS, random.chance(0.3) ? 2 : 1))]
        : random.chance(0.4)
          ? [random.pick(PERSON_KINDS)]
          : [];
      const profile = profileFor(lang, isOrg);
      const purchaseDeciders: PurchaseDecider[] =
        isOrg && random.chance(0.3)
          ? Array.from({ length: random.int(1, 2) }, () => ({
              personName: personName(lang, random).name,
              product: productFor(lang, random),
            }))
          : [];
      const contacts = contactsFor(lang, country, isOrg, ascii || 'contact', domain, employers[0]);
      const creator = random.pick(users);
      out.partners.push({
        workspaceId,
        id,
        type: isOrg ? 'organization' : 'person',
        name,
        sortName: sortKey(name),
        nameKey: nameKey(name),
        kinds,
        country,
        ownerId: random.chance(0.9) ? random.pick(users) : null,
        profile: JSON.stringify(profile),
        purchaseDeciders: JSON.stringify(purchaseDeciders),
        searchText: searchText({ name, profile, purchaseDeciders }, contacts),
        createdBy: creator,
        updatedBy: updatedAt === createdAt ? creator : random.pick(users),
        createdAt,
        updatedAt,
      });
      contacts.forEach((c, position) =>
        out.contacts.push({
          workspaceId,
          id: uuidv7({ msecs: createdAt.getTime(), random: random.bytes(16) }),
          partnerId: id,
          channel: c.channel,
          label: c.label,
          value: c.value,
          valueKey: c.valueKey,
          position,
        }),
      );
      if (random.chance(0.6))
        for (const tagId of random.sample(tagIds, random.int(1, 3)))
          out.tags.push({ workspaceId, partnerId: id, tagId });
      for (const employer of employers)
        out.affiliations.push({
          workspaceId,
          personId: id,
          organizationId: employer.id,
          title: titleFor(lang, random),
        });
      if (isOrg) orgs[lang].push({ id, domain });
      counts[isOrg ? 'organization' : 'person']++;
      counts[lang]++;
    }
    return out;
  }

  return { batch, counts };
}

// The KINDS import keeps the generator's kinds in step with the schema: fail fast if one is renamed.
for (const kind of [...ORG_KINDS, ...PERSON_KINDS])
  if (!(KINDS as readonly string[]).includes(kind)) throw new Error(`unknown kind ${kind}`);

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
