// Direct API reads for choosing test data (never for the actions a journey checks).

export interface ApiSession {
  get<T>(path: string): Promise<T>;
  /** For setting the scene only (another user's action the journey reacts to). */
  post<T>(path: string, body: unknown): Promise<T>;
}

const apiUrl = () => {
  const base = process.env.E2E_API_URL;
  if (!base) throw new Error('E2E_API_URL is not set: run through apps/admin-e2e/jest.config.js');
  return `${base}/api`;
};

export const apiSession = async (email: string, password = 'demo-recours-2026'): Promise<ApiSession> => {
  const response = await fetch(`${apiUrl()}/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password }),
  });
  if (!response.ok) throw new Error(`login ${email}: ${response.status}`);
  const cookie = response.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ');
  return {
    async get<T>(path: string): Promise<T> {
      const r = await fetch(`${apiUrl()}${path}`, { headers: { cookie } });
      if (!r.ok) throw new Error(`GET ${path}: ${r.status} ${await r.text()}`);
      return (await r.json()) as T;
    },
    async post<T>(path: string, body: unknown): Promise<T> {
      const r = await fetch(`${apiUrl()}${path}`, { method: 'POST', headers: { cookie, 'content-type': 'application/json' }, body: JSON.stringify(body) });
      if (!r.ok) throw new Error(`POST ${path}: ${r.status} ${await r.text()}`);
      return (await r.json()) as T;
    },
  };
};

interface Income {
  kind: string;
  monthlyAmountCents: number;
  startMonth: string;
  endMonth?: string | null;
}

/** 'YYYY-MM' of the month `n` months before the current one, in Paris. */
const monthsAgo = (n: number) => {
  const [y, m] = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Paris' }).format(new Date()).split('-').map(Number);
  const index = y * 12 + (m - 1) - n;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
};
interface HouseholdDetail {
  id: string;
  reference: string;
  members: Array<{ firstName: string; lastName: string; incomes: Income[] }>;
}

/**
 * An active household with an open `benefit` right still "detecte" and a salary of at least 300 €
 * paid over the whole look-back quarter (RSA and prime d'activité average the last 3 months), away
 * from the households other journeys change (the "Martin" ones, the top of "Ma journée").
 */
export const findHouseholdWithSalaryAndRight = async (api: ApiSession, benefit: string) => {
  const myDay = await api.get<{ households: Array<{ householdId: string }> }>('/my-day');
  const since = monthsAgo(3);
  const avoid = new Set(myDay.households.slice(0, 3).map((h) => h.householdId));
  const filter = encodeURIComponent(JSON.stringify({ benefit, status: ['detecte'] }));
  const rights = await api.get<Array<{ householdId: string }>>(`/detected-rights?filter=${filter}&range=[0,99]`);
  for (const { householdId } of rights) {
    if (avoid.has(householdId)) continue;
    const h = await api.get<HouseholdDetail>(`/households/${householdId}`);
    if (h.members.some((m) => /martin/i.test(m.lastName))) continue;
    for (const [m, member] of h.members.entries()) {
      const i = member.incomes.findIndex(
        (inc) => inc.kind === 'salaire' && !inc.endMonth && inc.startMonth <= since && inc.monthlyAmountCents >= 30_000,
      );
      if (i >= 0) {
        return {
          householdId,
          reference: h.reference,
          incomeField: `members.${m}.incomes.${i}.monthlyAmountCents`,
          monthlyAmountCents: member.incomes[i].monthlyAmountCents,
        };
      }
    }
  }
  throw new Error(`no household with a salary and a detected ${benefit} right in the demo data`);
};
