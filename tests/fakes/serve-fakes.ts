// The fake networks as a process of their own (browser tests, benchmarks), with a small control API:
//   POST /fail-next?network=&kind=[&on=create|list|metrics|other|any]   POST /latency?ms=   POST /reset   GET /posts?network=   GET /replies?network=
//   POST /comments-age?network=&days=   (comments listed from then on are dated `days` before their post)
// It prints one JSON line with the URLs once listening.
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import type { FailOptions, FailureKind } from "./fake-server";
import { startFakes } from "./start-fakes";

export async function serveFakes(controlPort = 0) {
  const fakes = await startFakes();
  const control = createServer((req, res) => {
    const url = new URL(req.url ?? "/", "http://localhost");
    const network = url.searchParams.get("network") as "linkedin" | "facebook" | "x" | null;
    const reply = (status: number, body: unknown) => {
      res.writeHead(status, { "content-type": "application/json" });
      res.end(JSON.stringify(body));
    };
    if (req.method === "POST" && url.pathname === "/reset") return reply(200, (fakes.reset(), { ok: true }));
    if (req.method === "POST" && url.pathname === "/latency") {
      for (const f of Object.values(fakes.fakes)) f.setLatency(Number(url.searchParams.get("ms") ?? 0));
      return reply(200, { ok: true });
    }
    if (url.pathname === "/counts") {
      const c = Object.fromEntries(
        Object.entries(fakes.fakes).map(([k, f]) => [k, { posts: f.posts.length, receivedCreates: f.receivedCreates }]),
      );
      return reply(200, c);
    }
    const fake = network ? fakes.fakes[network] : null;
    if (!fake) return reply(400, { error: "network=linkedin|facebook|x" });
    if (req.method === "POST" && url.pathname === "/fail-next") {
      const on = (url.searchParams.get("on") ?? undefined) as FailOptions["on"];
      fake.failNext(url.searchParams.get("kind") as FailureKind, { on });
      return reply(200, { ok: true });
    }
    if (req.method === "POST" && url.pathname === "/comments-age") {
      fake.listening.ageDays = Number(url.searchParams.get("days") ?? 0);
      return reply(200, { ok: true });
    }
    if (url.pathname === "/posts") return reply(200, { posts: fake.posts, receivedCreates: fake.receivedCreates });
    if (url.pathname === "/replies") return reply(200, Object.fromEntries(fake.listening.replies));
    reply(404, { error: "unknown" });
  });
  await new Promise<void>((r) => control.listen(controlPort, "127.0.0.1", r));
  const controlUrl = `http://127.0.0.1:${(control.address() as AddressInfo).port}`;
  return {
    fakes,
    controlUrl,
    stop: async () => {
      control.close();
      await fakes.stop();
    },
  };
}

if (process.argv[1]?.endsWith("serve-fakes.ts")) {
  const served = await serveFakes(Number(process.env.FAKES_CONTROL_PORT ?? 0));
  console.log(JSON.stringify({ urls: served.fakes.urls, env: served.fakes.env, control: served.controlUrl }));
  const stop = () => void served.stop().then(() => process.exit(0));
  process.on("SIGTERM", stop);
  process.on("SIGINT", stop);
}
