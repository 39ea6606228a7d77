-- wrk script of items.sh (ITEMS_CLIENT=wrk): the load of parcelatlas.bench.ItemsLoad from a C client.
-- Each request asks /ogc/collections/parcels/items?limit=L&bbox=W,S,E,N for a random SIZE° box inside
-- the extent, as ItemsLoad and pgbench's script draw them (uniform west and south, the box inside).
-- Every response is checked: a status other than 200, or a 200 shorter than MIN_BYTES (an items page
-- is a FeatureCollection with links, never that short), counts as an error; done() prints one line in
-- ItemsLoad's format (requests, req/s, p50, p99, errors, share of pages with a next link), and
-- items.sh fails the run when errors is not 0.
-- Usage: wrk -t T -c C -d Ds -s items-wrk.lua http://127.0.0.1:PORT -- W,S,E,N SIZE LIMIT SEED [ITEMS [PATH]]
-- (wrk-threads.lua, beside this script, is loaded from its folder.)
-- ITEMS: the items resource and fixed parameters, ending in ? or & (default the portal's,
-- /ogc/collections/parcels/items?; MapServer's is /mapserv/atlas/ogcapi/collections/parcels/items?f=json&).
-- With PATH (e.g. /api/config), every request asks that path instead (the HTTP stack's baseline).
package.path = (debug.getinfo(1, "S").source:match("^@(.*/)") or "./") .. "?.lua;" .. package.path
local threads = require("wrk-threads")
setup = threads.setup

local w, s, e, n, size, limit, items, fixed
local min_bytes = 0
-- globals, read by done() through thread:get
errors, paged = 0, 0

function init(args)
  local extent = {}
  for v in string.gmatch(args[1], "[^,]+") do
    table.insert(extent, tonumber(v))
  end
  w, s, e, n = extent[1], extent[2], extent[3], extent[4]
  size = tonumber(args[2])
  limit = tonumber(args[3])
  math.randomseed(tonumber(args[4]) * 1000 + id)
  items = (args[5] and args[5] ~= "") and args[5] or "/ogc/collections/parcels/items?"
  fixed = args[6]
  -- the baseline's body (/api/config) is a small JSON object; an items page is at least ~400 bytes
  min_bytes = fixed and 2 or 200
  if fixed then
    fixed = wrk.format("GET", fixed)
  end
end

function request()
  if fixed then
    return fixed
  end
  local x = w + math.random() * math.max(0, e - w - size)
  local y = s + math.random() * math.max(0, n - s - size)
  return wrk.format("GET", string.format("%slimit=%d&bbox=%.6f,%.6f,%.6f,%.6f", items, limit, x, y, x + size, y + size))
end

function response(status, headers, body)
  if status ~= 200 or #body < min_bytes then
    errors = errors + 1
  elseif string.find(body, '"rel":"next"', 1, true) then
    paged = paged + 1
  end
end

function done(summary, latency, requests)
  local count = summary.requests
  io.write(string.format("%s  with next %.1f%%\n", threads.line(summary, latency, threads.sum("errors")),
    count == 0 and 0 or 100 * threads.sum("paged") / count))
end
