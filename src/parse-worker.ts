import { serveParseRequests } from "./discover/serve-parse-requests.js";

serveParseRequests();
