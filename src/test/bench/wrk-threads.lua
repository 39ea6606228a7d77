-- What items-wrk.lua and investor-wrk.lua share, loaded by each with require (package.path set to
-- the scripts' own folder). wrk runs a script in a Lua state per thread plus one for setup() and
-- done(); threads share nothing but what setup() sets in them and done() reads with thread:get.
local M = {}
local threads = {}

-- wrk's setup(thread): numbers the threads 1..N (the global `id` in each) and keeps them for done()
function M.setup(thread)
  table.insert(threads, thread)
  thread:set("id", #threads)
end

-- The sum over the threads of the global number `name`.
function M.sum(name)
  local total = 0
  for _, t in ipairs(threads) do
    total = total + t:get(name)
  end
  return total
end

-- The first thread's non-empty global text `name`, or "".
function M.first(name)
  for _, t in ipairs(threads) do
    local text = t:get(name)
    if text ~= "" then
      return text
    end
  end
  return ""
end

-- "requests N  req/s R  p50 X ms  p99 Y ms  errors E": E is `bad` (the answers response() refused)
-- plus the socket errors (connect, read, write, timeout).
function M.line(summary, latency, bad)
  local count = summary.requests
  bad = bad + summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout
  return string.format("requests %d  req/s %.1f  p50 %.1f ms  p99 %.1f ms  errors %d",
    count, count / (summary.duration / 1e6), latency:percentile(50) / 1000, latency:percentile(99) / 1000, bad)
end

return M
