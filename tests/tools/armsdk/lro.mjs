// Drives finetune-emulator's ARM deployments with the official Azure SDK for JavaScript and checks that
// its long-running-operation pollers wait for the end, as they would against Azure:
//   node lro.mjs http://127.0.0.1:PORT ARM_TOKEN
// Expects the emulator to run with --fail-deployments '^doomed-'. Prints one line per check; exits 0
// when every check held, 1 otherwise.
import { CognitiveServicesManagementClient } from "@azure/arm-cognitiveservices";

const [endpoint, token] = process.argv.slice(2);
if (!endpoint || !token) {
  console.error("usage: node lro.mjs ENDPOINT ARM_TOKEN");
  process.exit(2);
}

// The SDK refuses bearer tokens over plain http; the emulator listens on loopback only, so the token is
// sent by a policy of our own instead.
const credential = { getToken: async () => ({ token, expiresOnTimestamp: Date.now() + 3600_000 }) };
const client = new CognitiveServicesManagementClient(credential, "sub-sdk", {
  endpoint,
  $host: endpoint,
  allowInsecureConnection: true,
});
client.pipeline.removePolicy({ name: "bearerTokenAuthenticationPolicy" });
client.pipeline.addPolicy({
  name: "loopbackBearer",
  sendRequest: (request, next) => {
    request.headers.set("authorization", `Bearer ${token}`);
    return next(request);
  },
});

const rg = "rg-sdk";
const account = "acct-sdk";
const poll = { updateIntervalInMs: 200 };
let failures = 0;
function check(what, ok, detail = "") {
  console.log(`${ok ? "ok" : "FAILED"}: ${what}${detail ? ` (${detail})` : ""}`);
  if (!ok) failures++;
}

const deployment = {
  sku: { name: "Standard", capacity: 1 },
  properties: { model: { format: "OpenAI", name: "gpt-4.1-mini", version: "1" } },
};

try {
  let started = Date.now();
  const created = await client.deployments.beginCreateOrUpdateAndWait(rg, account, "sdk-dep", deployment, poll);
  check("beginCreateOrUpdateAndWait returns Succeeded", created.properties?.provisioningState === "Succeeded",
        `${created.properties?.provisioningState} after ${Date.now() - started} ms`);
  const got = await client.deployments.get(rg, account, "sdk-dep");
  check("the deployment is provisioned when the poller returns", got.properties?.provisioningState === "Succeeded");

  started = Date.now();
  const updated = await client.deployments.beginUpdateAndWait(
    rg, account, "sdk-dep", { sku: { name: "Standard", capacity: 3 }, tags: { team: "sdk" } }, poll);
  check("beginUpdateAndWait returns the new capacity and tags",
        updated.sku?.capacity === 3 && updated.tags?.team === "sdk",
        `capacity ${updated.sku?.capacity} after ${Date.now() - started} ms`);

  started = Date.now();
  await client.deployments.beginDeleteAndWait(rg, account, "sdk-dep", poll);
  let gone = false;
  try {
    await client.deployments.get(rg, account, "sdk-dep");
  } catch (e) {
    gone = e.statusCode === 404;
  }
  check("beginDeleteAndWait returns when the deployment is gone", gone, `after ${Date.now() - started} ms`);

  // core-lro rejects with "The long-running operation has failed. CODE. MESSAGE".
  let failure = "";
  try {
    await client.deployments.beginCreateOrUpdateAndWait(rg, account, "doomed-sdk", deployment, poll);
  } catch (e) {
    failure = `${e.code ?? ""} ${e.message ?? String(e)}`;
  }
  check("a failed provisioning rejects with the operation's error", failure.includes("ProvisioningFailed"), failure);
} catch (e) {
  check("no unexpected error", false, e.stack ?? String(e));
}
console.log(`${5 - failures} passed, ${failures} failed`);
process.exit(failures === 0 ? 0 : 1);
