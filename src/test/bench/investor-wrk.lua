-- wrk script of investor.sh and investor-compare.sh (INVESTOR_CLIENT=wrk, the default): the load of
-- parcelatlas.investor.InvestorHttpLoad from a C client. Run with as many threads as connections
-- (wrk -t N -c N): each thread then holds one keep-alive connection and is one visitor, sending
-- X-Forwarded-For: 10.0.0.<thread number> (the portal trusts 127.0.0.1 as its proxy), so no visitor
-- ever has more than one request in flight, well inside its work slots. Each request is the same
-- GET (the search's path and query), or with a JSON body the same POST (the match).
-- Every response is checked: a status other than 200 (a 429 or 503 included), or a 200 shorter than
-- MIN_BYTES (a search page or a match answer is a JSON object with its items, never that short),
-- counts as an error; socket errors and timeouts too. done() prints one line:
--   requests N  req/s R  p50 X ms  p99 Y ms  errors E
-- and the scripts fail the run when E is not 0.
-- Usage: wrk -t N -c N -d Ds -s investor-wrk.lua http://127.0.0.1:PORT -- PATH_AND_QUERY [JSON_BODY [MIN_BYTES]]
-- (wrk-threads.lua, beside this script, is loaded from its folder.)
package.path = (debug.getinfo(1, "S").source:match("^@(.*/)") or "./") .. "?.lua;" .. package.path
local threads = require("wrk-threads")
setup = threads.setup

local req
local min_bytes = 200
-- globals, read by done() through thread:get
errors, unexpected = 0, ""

function init(args)
  local headers = { ["X-Forwarded-For"] = "10.0.0." .. id }
  local body = args[2]
  if body and body ~= "" then
    headers["Content-Type"] = "application/json"
    req = wrk.format("POST", args[1], headers, body)
  else
    req = wrk.format("GET", args[1], headers)
  end
  if args[3] then
    min_bytes = tonumber(args[3])
  end
end

function request()
  return req
end

function response(status, headers, body)
  if status ~= 200 or #body < min_bytes then
    errors = errors + 1
    if unexpected == "" then
      unexpected = string.format("%d (%d bytes)", status, #body)
    end
  end
end

function done(summary, latency, requests)
  local first = threads.first("unexpected")
  io.write(threads.line(summary, latency, threads.sum("errors"))
    .. (first ~= "" and ("  first bad answer " .. first) or "") .. "\n")
end
