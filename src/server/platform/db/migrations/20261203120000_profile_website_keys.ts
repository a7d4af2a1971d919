import { sql, type Kysely } from 'kysely';

/**
 * Websites on profile sites (LinkedIn, Facebook…) were keyed by their domain alone, so every two
 * people with a LinkedIn page were proposed as duplicates. Stored keys now follow `websiteKey` in
 * directory/partners/contacts.ts: the domain and the first two parts of the path, lowercased,
 * without the query. Down goes back to the domain. The list is copied, not imported: a migration
 * must keep doing what it did when the code's list grows.
 */
const PROFILE_HOSTS = [
  'linkedin.com',
  'facebook.com',
  'instagram.com',
  'x.com',
  'twitter.com',
  'github.com',
  'youtube.com',
  't.me',
  'vk.com',
  'ok.ru',
  'zalo.me',
  'aparat.com',
  'sites.google.com',
];
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    update partner_contact
       set value_key = lower(substring(
             regexp_replace(regexp_replace(value, '^https?://(www\\.)?', '', 'i'), '[?#].*$', '')
             from '^[^/]+(?:/[^/]+){0,2}'))
     where channel = 'website' and value_key = any(${PROFILE_HOSTS}::text[])`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`
    update partner_contact set value_key = split_part(value_key, '/', 1)
     where channel = 'website' and split_part(value_key, '/', 1) = any(${PROFILE_HOSTS}::text[])`.execute(db);
}
