import { closeDb, createDb } from "../lib/db";
import { seedDemo } from "./lib/seed/seed-demo";

const url = process.env.DATABASE_URL;
if (!url) {
  console.error("Set DATABASE_URL to seed an external database (npm start seeds the embedded one itself).");
  process.exit(1);
}
const db = createDb(url);
const res = await seedDemo({ db, now: new Date(), withLogin: process.env.SEED_DEMO_LOGIN === "1" });
console.log(
  res.created ? "Seeded the demo workspace (slug: demo)." : "The demo workspace already exists; nothing changed.",
);
await closeDb(db);
