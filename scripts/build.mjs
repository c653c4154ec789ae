// `npm run build`: the server as one JavaScript file, dist/server.js, which `npm start` runs.
import { bundle } from "./bundle.mjs";

await bundle({ server: "src/server.ts" });
