/**
 * The README's Prisma Studio walkthrough, done in a real headless browser (Debian's chromium
 * through playwright-core) on the seeds: `quotetrail studio` serves Studio on a seeded database;
 * the tables and columns the README names are the ones Studio shows (regression, issue 14: the
 * README named Prisma models and relations, `QuoteFamily` -> `memberships`, that Studio does not
 * show); it opens on `_prisma_migrations` as the README says; and the three questions, clicked as
 * the README states them, give the rows they should. A screenshot of each answer is written to
 * QUOTETRAIL_SCREENSHOT_DIR when set (to look at what the README describes).
 * Skips, saying why, only when /usr/bin/chromium is absent (`apt-get install -y chromium`); CI sets
 * QUOTETRAIL_REQUIRE_BROWSER=1, and there a missing browser is a failure.
 */
import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { chromium, type Browser, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "../helpers/create-test-database.ts";
import { findFreePort } from "../helpers/find-free-port.ts";
import { runCli } from "../helpers/run-cli.ts";

const CHROMIUM = "/usr/bin/chromium";
const hasChromium = fs.existsSync(CHROMIUM);
if (!hasChromium) {
  const why = `${CHROMIUM} not found; install it with \`apt-get install -y chromium\``;
  // CI sets QUOTETRAIL_REQUIRE_BROWSER=1: there a missing browser is a failure, not a skip
  if (process.env.QUOTETRAIL_REQUIRE_BROWSER === "1") throw new Error(`studio-browser: ${why} (QUOTETRAIL_REQUIRE_BROWSER=1)`);
  console.warn(`SKIP studio-browser: ${why}.`);
}

const root = path.resolve(import.meta.dirname, "../..");
const readme = fs.readFileSync(path.join(root, "README.md"), "utf8");
const studioSection = (() => {
  const start = readme.indexOf("\n## Prisma Studio");
  const end = readme.indexOf("\n## ", start + 1);
  return readme.slice(start, end < 0 ? undefined : end);
})();
/** The README's line breaks folded, so a condition wrapped over lines still matches. */
const folded = studioSection.replace(/\s+/g, " ");

// The walkthrough's conditions, exactly as the README states them (checked below).
const DRILLS = "find a larger space to hold drills";
const familyMentions = (familyId: string) => `id IN (SELECT mention_id FROM family_membership WHERE family_id = '${familyId}')`;
const OUTLET_CHANGES = "mention_id IN (SELECT m.id FROM mention m JOIN outlet o ON o.id = m.outlet_id WHERE o.name = 'Middle East Monitor') AND (family_id, mention_id) NOT IN (SELECT family_id, mention_id FROM family_membership WHERE link = 'paraphrase')";
const OUTLET_FLAGS = "mention_id IN (SELECT m.id FROM mention m JOIN outlet o ON o.id = m.outlet_id WHERE o.name = 'Middle East Monitor')";
const TASS_MENTIONS = "source_id IN (SELECT id FROM credited_source WHERE name = 'TASS')";

describe.skipIf(!hasChromium)("Prisma Studio walkthrough (README) in headless chromium", () => {
  let db: TestDatabase;
  let cwd: string;
  let studio: ChildProcess | undefined;
  let studioOutput = "";
  let base: string;
  let browser: Browser;
  /** one page for every test: Studio's first load is slow on a busy machine (20+ s), clicks are not */
  let page: Page;
  let drillsFamilyId: string;
  let drillsMentionIds: string[];
  const shots = process.env.QUOTETRAIL_SCREENSHOT_DIR;

  beforeAll(async () => {
    db = await createTestDatabase();
    cwd = fs.mkdtempSync(path.join(os.tmpdir(), "qt-studio-browser-"));
    fs.cpSync(path.join(root, "seeds"), path.join(cwd, "seeds"), { recursive: true });
    const env: Record<string, string> = db.url ? { DATABASE_URL: db.url } : {};
    const ingest = await runCli(["ingest", "seeds", "--quiet"], { cwd, env });
    expect(ingest.code, ingest.stderr).toBe(0);
    const audit = await runCli(["audit", DRILLS, "--json"], { cwd, env });
    const drills = (JSON.parse(audit.stdout) as { family: { id: string; occurrences: { mentionId: string }[] } }).family;
    drillsFamilyId = drills.id;
    drillsMentionIds = drills.occurrences.map((o) => o.mentionId);

    const port = await findFreePort();
    const childEnv: NodeJS.ProcessEnv = { ...process.env };
    delete childEnv.DATABASE_URL;
    if (db.url) childEnv.DATABASE_URL = db.url;
    studio = spawn(process.execPath, [path.join(root, "bin", "quotetrail.mjs"), "studio", "--port", String(port)], { cwd, env: childEnv, stdio: ["ignore", "pipe", "pipe"] });
    studio.stdout?.on("data", (d: Buffer) => (studioOutput += d.toString()));
    studio.stderr?.on("data", (d: Buffer) => (studioOutput += d.toString()));
    base = `http://127.0.0.1:${port}/`;
    const deadline = Date.now() + 150_000;
    let status = 0;
    while (Date.now() < deadline && studio.exitCode === null && status !== 200) {
      status = await fetch(base).then((r) => r.status, () => 0);
      if (status !== 200) await new Promise((r) => setTimeout(r, 500));
    }
    expect(status, studioOutput).toBe(200);
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run"],
    });
    page = await browser.newPage({ viewport: { width: 1600, height: 900 } });
    await page.goto(base, { waitUntil: "load" });
    await page.getByText("Tables", { exact: true }).first().waitFor({ timeout: 90_000 });
  }, 330_000);

  afterAll(async () => {
    await browser?.close();
    if (studio && studio.exitCode === null) {
      studio.kill("SIGTERM");
      await new Promise((r) => studio?.once("exit", r));
    }
    await db?.drop();
    if (cwd) fs.rmSync(cwd, { recursive: true, force: true });
  });

  /** Clicks a table's name in the left-hand list, as a reader does. */
  async function clickTable(page: Page, table: string): Promise<void> {
    await page.locator(`a[href*="table=${table}&"]`).first().click();
    await page.waitForURL((url) => url.hash.includes(`table=${table}&`));
  }

  /** The table names Studio lists under Tables, in its order. */
  async function listedTables(page: Page): Promise<string[]> {
    const hrefs = await page.locator('a[href*="table="]').evaluateAll((links) => links.map((a) => a.getAttribute("href") ?? ""));
    return hrefs.map((href) => /[#&]table=([^&]+)/.exec(href)?.[1] ?? "").filter((name) => name !== "");
  }

  /**
   * Opens Add filter and, when `entry` is given, clicks that entry of its list, as one step that
   * is repeated (Escape, then again) up to 5 times. Under the full suite's load a click made while
   * the table is still loading opens nothing (seen once: the dialog never came in 30 s).
   * Regression (CI, session 23): the table finished loading after the dialog had opened and Studio
   * re-rendered the dialog, so the entry found was detached before the click landed ("element was
   * detached from the DOM") and the click waited out its 30 s; a user simply opens the dialog again.
   */
  async function chooseInFilterDialog(page: Page, entry?: string): Promise<void> {
    const option = page.getByRole("dialog").getByText("SQL WHERE clause", { exact: true });
    for (let attempt = 1; ; attempt++) {
      await page.getByLabel("Add filter").click();
      try {
        await option.waitFor({ timeout: 10_000 });
        if (entry !== undefined) await page.getByRole("dialog").getByText(entry, { exact: true }).click({ timeout: 10_000 });
        return;
      } catch (error) {
        if (attempt === 5) throw error;
        await page.keyboard.press("Escape");
      }
    }
  }

  /** Every column of the open table, as the Add filter list names them. */
  async function listedColumns(page: Page): Promise<string[]> {
    await chooseInFilterDialog(page);
    const dialog = page.getByRole("dialog");
    const names = await dialog.locator("button span.truncate.text-sm").allInnerTexts();
    await page.keyboard.press("Escape");
    return names.map((n) => n.trim()).filter((n) => n !== "" && n !== "SQL WHERE clause");
  }

  /** Add filter -> column -> Equal -> value -> Enter. */
  async function filterEqual(page: Page, column: string, value: string): Promise<void> {
    await chooseInFilterDialog(page, column);
    await page.getByRole("dialog").getByText("Equal", { exact: true }).click();
    const box = page.getByLabel(`Filter value for ${column}`);
    await box.fill(value);
    await box.press("Enter");
    await page.waitForURL((url) => decodeURIComponent(url.hash).includes(value), { timeout: 60_000 });
  }

  /** Add filter -> SQL WHERE clause -> condition -> Enter. */
  async function filterWhere(page: Page, condition: string): Promise<void> {
    await chooseInFilterDialog(page, "SQL WHERE clause");
    await page.getByPlaceholder("WHERE clause").fill(condition);
    await page.getByPlaceholder("WHERE clause").press("Enter");
    await page.waitForURL((url) => url.hash.includes("SqlFilter"), { timeout: 60_000 });
  }

  /**
   * The text of every row shown, once the filtered rows have loaded: every row holds `mustHold`
   * somewhere and none is a placeholder (while a query runs Studio shows a blank row), and there
   * are `expected` of them (a number) or at least one (undefined).
   */
  async function rows(page: Page, mustHold: string, expected?: number): Promise<string[]> {
    const cells = page.locator("tbody tr");
    let texts: string[] = [];
    await expect.poll(async () => {
      texts = await cells.allInnerTexts();
      const loaded = texts.length > 0 && texts.every((t) => t.includes(mustHold));
      return loaded && (expected === undefined || texts.length === expected);
    }, { timeout: 60_000, interval: 500 }).toBe(true);
    return texts;
  }

  /** How many rows of `table` meet `condition`, asked through Studio's own query endpoint. */
  async function countWhere(table: string, condition: string): Promise<number> {
    const response = await fetch(`${base}bff`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ procedure: "query", query: { sql: `select count(*)::int as n from ${table} where ${condition}`, parameters: [] } }),
    });
    const [error, result] = (await response.json()) as [unknown, { n: number }[] | undefined];
    expect(error).toBeNull();
    return result?.[0]?.n ?? -1;
  }

  async function screenshot(page: Page, name: string): Promise<void> {
    if (!shots) return;
    fs.mkdirSync(shots, { recursive: true });
    await page.screenshot({ path: path.join(shots, `${name}.png`) });
  }

  it("lists every table the README names, opens on _prisma_migrations, and every column the README names exists", async () => {
    const tables = await listedTables(page);
    expect(tables[0]).toBe("_prisma_migrations");
    // the table Studio opens on is the one marked active in the list
    const active = page.locator('a[data-active="true"]').first();
    await active.waitFor();
    expect(await active.getAttribute("href")).toContain("table=_prisma_migrations&");
    await screenshot(page, "studio-opens");
    const named = [...new Set([...studioSection.matchAll(/`([a-z_]+)`/g)].map((m) => m[1] ?? ""))];
    const namedTables = named.filter((n) => tables.includes(n));
    for (const table of ["quote_family", "family_membership", "mention", "outlet", "membership_change", "occurrence_flag", "credited_source", "article_credit"]) {
      expect(namedTables, `the README names ${table}`).toContain(table);
    }
    // No Prisma model name is offered as a table name.
    expect(folded).not.toMatch(/open `(QuoteFamily|FamilyMembership|CreditedSource|Mention)`/);
    const columns = new Set<string>();
    for (const table of namedTables) {
      await clickTable(page, table);
      for (const column of await listedColumns(page)) columns.add(column);
    }
    // Every snake_case name of the section (family_id, mention_id, source_mention...) is a column
    // of a table it names, or a table.
    for (const name of named.filter((n) => n.includes("_") && !tables.includes(n))) {
      expect(columns.has(name), `README names \`${name}\`: not a column of ${namedTables.join(", ")}`).toBe(true);
    }
    for (const column of ["family_id", "mention_id", "link", "fidelity", "similarity", "variant_id", "type", "from", "to", "severity", "flag", "source_id", "name", "text"]) {
      expect(columns.has(column), column).toBe(true);
    }
  }, 300_000);

  it("question 1, all mentions of one family: family_membership filtered on family_id, then every wording through a WHERE clause", async () => {
    expect(folded).toContain("click `family_membership`; **Add filter** → `family_id` → **Equal**");
    expect(folded).toContain(familyMentions("qf-..."));
    await clickTable(page, "family_membership");
    await filterEqual(page, "family_id", drillsFamilyId);
    const memberships = await rows(page, drillsFamilyId, drillsMentionIds.length);
    for (const row of memberships) expect(row).toContain(drillsFamilyId);
    expect(memberships.join("\n")).toMatch(/\bcanonical\b/);
    await screenshot(page, "q1-family-membership");
    // The arrow in a mention_id cell opens that mention.
    await page.getByLabel("Open mention").first().click();
    await page.waitForURL((url) => url.hash.includes("table=mention&"));
    await rows(page, "m-", 1);
    await clickTable(page, "mention");
    await filterWhere(page, familyMentions(drillsFamilyId));
    // (the text column is further right, past the columns a 1600 px screen shows)
    const wordings = (await rows(page, "m-", drillsMentionIds.length)).join("\n");
    for (const id of drillsMentionIds) expect(wordings).toContain(id);
    await screenshot(page, "q1-mentions");
  }, 300_000);

  it("question 2, everything Middle East Monitor altered: membership_change and occurrence_flag through the README's WHERE clauses", async () => {
    expect(folded).toContain("click `membership_change`; **Add filter** → **SQL WHERE clause** →");
    expect(folded).toContain(`\`${OUTLET_CHANGES}\``);
    expect(folded).toContain(`\`${OUTLET_FLAGS}\``);
    await clickTable(page, "membership_change");
    await filterWhere(page, OUTLET_CHANGES);
    const changes = (await rows(page, "qf-", 2)).join("\n");
    expect(changes).toMatch(/wider[\s\S]*larger[\s\S]*substitution/);
    expect(changes).toMatch(/\[of nuclear weapons\][\s\S]*editorial-insertion/);
    await screenshot(page, "q2-membership-change");
    await clickTable(page, "occurrence_flag");
    await filterWhere(page, OUTLET_FLAGS);
    const flags = (await rows(page, "qf-", 2)).join("\n");
    expect(flags).toContain("source-dropped");
    expect(flags).toContain("altered-under-same-source");
    await screenshot(page, "q2-occurrence-flag");
  }, 300_000);

  it("question 3, every quote credited to TASS: mention through the README's WHERE clause, and by clicks through credited_source", async () => {
    expect(folded).toContain(`click \`mention\`; **Add filter** → **SQL WHERE clause** → \`${TASS_MENTIONS}\``);
    expect(folded).toContain("click `credited_source`, filter `name` **Equal** `TASS`");
    await clickTable(page, "mention");
    await filterWhere(page, TASS_MENTIONS);
    const viaWhere = await countWhere("mention", TASS_MENTIONS);
    expect(viaWhere).toBeGreaterThanOrEqual(2);
    await rows(page, "m-", viaWhere);
    await screenshot(page, "q3-mentions-tass");
    await clickTable(page, "credited_source");
    await filterEqual(page, "name", "TASS");
    const sources = await rows(page, "TASS", 1);
    const sourceId = /\bsrc-[a-z0-9]+\b/.exec(sources[0] ?? "")?.[0];
    expect(sourceId, sources[0]).toBeDefined();
    await clickTable(page, "mention");
    await filterEqual(page, "source_id", sourceId ?? "");
    expect(await rows(page, "m-", viaWhere)).toHaveLength(viaWhere);
  }, 300_000);
});
