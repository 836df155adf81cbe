-- Atomic token bucket. KEYS[1]: bucket hash. ARGV: capacity, refill tokens per second, now (ms), cost.
-- Returns {allowed (1|0), tokens left (floor), ms until the request would be allowed}.
local capacity = tonumber(ARGV[1])
local per_ms = tonumber(ARGV[2]) / 1000.0
local now = tonumber(ARGV[3])
local cost = tonumber(ARGV[4])
local state = redis.call('HMGET', KEYS[1], 'tokens', 'ts')
local tokens = tonumber(state[1])
local ts = tonumber(state[2])
if tokens == nil or ts == nil then
  tokens = capacity
  ts = now
end
tokens = math.min(capacity, tokens + math.max(0, now - ts) * per_ms)
local allowed = 0
local wait = 0
if tokens >= cost then
  tokens = tokens - cost
  allowed = 1
else
  wait = math.ceil((cost - tokens) / per_ms)
end
redis.call('HSET', KEYS[1], 'tokens', tostring(tokens), 'ts', tostring(now))
-- an idle bucket refills completely after capacity/rate; keep it no longer than that
redis.call('PEXPIRE', KEYS[1], math.ceil(capacity / per_ms) + 1000)
return {allowed, math.floor(tokens), wait}
