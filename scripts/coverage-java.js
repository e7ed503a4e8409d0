// npm run coverage:java [-- --write]: sums the JaCoCo reports `mvn verify` leaves in each module
// (<module>/target/site/jacoco/jacoco.csv: unit and integration tests, generated wrappers excluded) and prints line and
// branch coverage per module and in total; `--write` merges the figures into bench/results/coverage.json. The floors
// themselves are checked by Maven (jacoco:check, `baton.coverage.*` in each module's pom).
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";

const root = path.resolve(import.meta.dirname, "..");
const modules = ["java-client", "devnet", "cli", "agent"];
const pct = (covered, missed) => Math.floor((10_000 * covered) / (covered + missed)) / 100;

const figures = {};
const all = { lc: 0, lm: 0, bc: 0, bm: 0 };
for (const module of modules) {
  const csv = path.join(root, module, "target/site/jacoco/jacoco.csv");
  if (!existsSync(csv)) {
    console.error(`coverage:java: ${path.relative(root, csv)} is missing (run mvn verify first)`);
    process.exit(1);
  }
  const [header, ...rows] = readFileSync(csv, "utf8").trim().split("\n").map((l) => l.split(","));
  const col = (name) => header.indexOf(name);
  const t = { lc: 0, lm: 0, bc: 0, bm: 0 };
  for (const r of rows) {
    t.lc += Number(r[col("LINE_COVERED")]);
    t.lm += Number(r[col("LINE_MISSED")]);
    t.bc += Number(r[col("BRANCH_COVERED")]);
    t.bm += Number(r[col("BRANCH_MISSED")]);
  }
  for (const k of Object.keys(all)) all[k] += t[k];
  const key = module.replace("-", "_");
  figures[`java_${key}_lines_pct`] = pct(t.lc, t.lm);
  figures[`java_${key}_branches_pct`] = pct(t.bc, t.bm);
  console.log(`${module}: lines ${pct(t.lc, t.lm)}% (${t.lc}/${t.lc + t.lm}), branches ${pct(t.bc, t.bm)}% (${t.bc}/${t.bc + t.bm})`);
}
figures.java_lines_pct = pct(all.lc, all.lm);
figures.java_branches_pct = pct(all.bc, all.bm);
console.log(`all Java modules: lines ${figures.java_lines_pct}%, branches ${figures.java_branches_pct}%`);
if (process.argv.includes("--write")) {
  const file = path.join(root, "bench/results/coverage.json");
  const current = existsSync(file) ? JSON.parse(readFileSync(file, "utf8")) : {};
  writeFileSync(file, JSON.stringify({ ...current, ...figures }, null, 2) + "\n");
  console.log(`merged into ${path.relative(root, file)}`);
}
