import type { paths } from './schema';

/**
 * Names for the API's bodies, all derived from the generated OpenAPI types (never written by hand): when the
 * document changes, these change and the compiler points at every page that must follow.
 */
type Method = 'get' | 'post' | 'patch' | 'delete';
type JsonOf<R> = R extends { content: { 'application/json': infer B } } ? B : never;
type SuccessOf<Op> = Op extends { responses: infer Rs }
  ? JsonOf<Rs[200 & keyof Rs]> | JsonOf<Rs[201 & keyof Rs]> | JsonOf<Rs[202 & keyof Rs]>
  : never;
type RequestOf<Op> = Op extends { requestBody?: { content: { 'application/json': infer B } } } ? B : never;

/** The JSON success body of {@code M P}. */
export type Ok<P extends keyof paths, M extends Method & keyof paths[P]> = SuccessOf<paths[P][M]>;
/** The JSON request body of {@code M P}. */
export type RequestBody<P extends keyof paths, M extends Method & keyof paths[P]> = RequestOf<paths[P][M]>;
/** The query parameters of {@code GET P}. */
export type Query<P extends keyof paths> = paths[P] extends { get: { parameters: { query?: infer Q } } } ? NonNullable<Q> : never;

export type Me = Ok<'/api/auth/me', 'get'>;
export type Token = Ok<'/api/auth/local', 'post'>;
export type RepositoryPage = Ok<'/api/repos', 'get'>;
export type RepositoryRow = RepositoryPage['items'][number];
export type Repository = Ok<'/api/repos/{id}', 'get'>;
export type RepositorySettings = Repository['settings'];
export type SettingsPatch = RequestBody<'/api/repos/{id}/settings', 'patch'>;
export type Summary = Ok<'/api/repos/{id}/summary', 'get'>;
export type Trends = Ok<'/api/repos/{id}/debt/trends', 'get'>;
export type Hotspots = Ok<'/api/repos/{id}/debt/hotspots', 'get'>;
export type DebtPage = Ok<'/api/repos/{id}/debt', 'get'>;
export type DebtQuery = Query<'/api/repos/{id}/debt'>;
export type DebtRow = DebtPage['items'][number];
export type DebtItem = Ok<'/api/debt/{id}', 'get'>;
export type DebtEvent = DebtItem['events'][number];
export type DebtStatus = DebtItem['status'];
export type Scan = Ok<'/api/scans/{id}', 'get'>;
export type ScanEmbeddings = NonNullable<Scan['stats']['embeddings']>;
export type ScanPage = Ok<'/api/repos/{id}/scans', 'get'>;
export type ScanResults = Ok<'/api/scans/{id}/results', 'get'>;
export type ApiKeyList = Ok<'/api/api-keys', 'get'>;
export type ApiKey = ApiKeyList['items'][number];
export type NewApiKey = Ok<'/api/api-keys', 'post'>;
export type AuditPage = Ok<'/api/audit', 'get'>;
export type EmbeddingStatus = Ok<'/api/embeddings/status', 'get'>;
export type WebhookSecret = Ok<'/api/repos/{id}/webhook-secret', 'post'>;
export type EmbeddingSearchResult = Ok<'/api/embeddings/search', 'post'>;
export type EmbeddingMatch = EmbeddingSearchResult['items'][number];
