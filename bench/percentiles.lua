-- wrk reporter: prints p50, p95 and p99 latency in milliseconds (wrk's own --latency lacks p95).
done = function(summary, latency, requests)
  io.write(string.format("requests: %d, errors: %d (connect %d, read %d, status %d, timeout %d)\n",
    summary.requests, summary.errors.connect + summary.errors.read + summary.errors.write
      + summary.errors.status + summary.errors.timeout,
    summary.errors.connect, summary.errors.read, summary.errors.status, summary.errors.timeout))
  io.write(string.format("throughput: %.1f requests/s\n", summary.requests / (summary.duration / 1e6)))
  for _, p in ipairs({50, 95, 99}) do
    io.write(string.format("p%d: %.2f ms\n", p, latency:percentile(p) / 1000))
  end
end
