// A small typed client of the DEBT-OS API, compiled by the test suite (TypedClientIT) against types that
// openapi-typescript generates from the served /api/openapi.json: if the document stops describing what these
// calls send and read, this file stops compiling. "debt-os-api" is mapped to the generated api.d.ts by the test.
import createClient from "openapi-fetch";
import type { components, paths } from "debt-os-api";

type Repository = components["schemas"]["Repository"];
type DebtItem = components["schemas"]["DebtItem"];
type Severity = DebtItem["severity"];

const api = createClient<paths>({ baseUrl: "http://localhost:3001", headers: { "X-API-Key": "dos_example" } });

/** Every repository of the caller's, page by page. */
export async function allRepositories(): Promise<Repository[]> {
  const repositories: Repository[] = [];
  for (let offset = 0; ; ) {
    const { data, error } = await api.GET("/api/repos", { params: { query: { limit: 100, offset } } });
    if (error) throw new Error(`${error.status} ${error.title}: ${error.detail}`);
    repositories.push(...data.items);
    offset += data.items.length;
    if (data.items.length === 0 || offset >= data.total) return repositories;
  }
}

/** The open critical and high items under src/, most urgent first. */
export async function urgentDebt(repositoryId: string, severities: Severity[] = ["critical", "high"]): Promise<DebtItem[]> {
  const { data, error, response } = await api.GET("/api/repos/{id}/debt", {
    params: {
      path: { id: repositoryId },
      query: { severity: severities, status: ["open"], path: "src/**", sort: "priority", order: "desc", limit: 200 },
    },
  });
  if (error) throw new Error(error.detail);
  console.log(`cache ${response.headers.get("X-Cache")}, next page at ${data.nextOffset ?? "none"}`);
  return data.items.filter((item) => item.path !== null && item.effortMinutes <= 60);
}

/** Moves an item to acknowledged with a note; answers the status it now has and the event's id. */
export async function acknowledge(itemId: string, note: string): Promise<[DebtItem["status"], string]> {
  const { data, error } = await api.PATCH("/api/debt/{id}", {
    params: { path: { id: itemId } },
    body: { status: "acknowledged", note },
  });
  if (error) throw new Error(`${error.status}: ${error.detail}`);
  return [data.status, data.event.id];
}
