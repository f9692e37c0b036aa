# Shared by the benchmarks that measure Signpost with wrk next to nginx on loopback (run-serving-benchmark.sh,
# run-scaling-benchmark.sh). Source it after defining log and die.

# Installs nginx and wrk with apt-get when missing; sets NGINX to nginx's path.
require_wrk_and_nginx() {
  local tool
  for tool in nginx wrk; do
    if ! command -v "$tool" >/dev/null; then
      log "installing $tool"
      (apt-get update -qq && apt-get install -y -qq "$tool" >/dev/null) || die "could not install $tool"
    fi
  done
  NGINX=$(command -v nginx || echo /usr/sbin/nginx)
}

# Reads wrk's --latency output; prints "requests/s p99-ms non-2xx/3xx socket-errors".
wrk_summary() {
  awk '
    /Requests\/sec/ { rps = $2 }
    /^ +99%/ { v = $2; unit = v; sub(/[0-9.]+/, "", unit); sub(/[a-z]+$/, "", v)
               p99 = (unit == "us") ? v / 1000 : (unit == "s") ? v * 1000 : (unit == "m") ? v * 60000 : v }
    /Non-2xx or 3xx responses/ { non2xx += $5 }
    /Socket errors/ { gsub(/,/, ""); socket += $4 + $6 + $8 + $10 }
    END { printf "%.0f %.1f %d %d\n", rps, p99, non2xx, socket }'
}

# demo_cookie BASE USER COOKIE_FILE: signs in with the demo sign-in (the form's CSRF token, then the post) and prints
# the Cookie header of the session; returns 1 when the sign-in or the cookie does not work.
demo_cookie() {
  local base=$1 user=$2 jar=$3 token code cookie
  token=$(curl -s -c "$jar" -b "$jar" "$base/signin" | sed -n 's/.*name="csrf-token" value="\([^"]*\)".*/\1/p' | head -1)
  code=$(curl -s -o /dev/null -w '%{http_code}' -c "$jar" -b "$jar" --data-urlencode "csrf-token=$token" \
    --data-urlencode "username=$user" --data-urlencode "password=$user" --data-urlencode "redirect=/" "$base/signin")
  [[ "$code" == 303 ]] || { log "signing in as $user answered $code, not 303"; return 1; }
  cookie=$(awk '!/^# / && NF >= 7 { sub(/^#HttpOnly_/, "", $1); printf "%s%s=%s", sep, $6, $7; sep = "; " }' "$jar")
  # (not `curl | grep -q`: grep stops at the first match, curl then fails on the closed pipe, and pipefail says no)
  [[ "$(curl -s -H "Cookie: $cookie" "$base/actions")" == *'action="/signout"'* ]] || { log "the cookie jar does not sign in"; return 1; }
  printf '%s' "$cookie"
}

# nginx_conf_start DIR: the start of an nginx.conf keeping its pid, error log and temporary files under DIR/nginx, with
# no access log; the caller adds its server blocks and the closing brace of "http".
nginx_conf_start() {
  local dir=$1/nginx
  cat <<EOF_NGINX
worker_processes auto;
pid $dir/nginx.pid;
error_log $dir/error.log warn;
events { worker_connections 4096; }
http {
  access_log off;
  default_type text/html;
  client_body_temp_path $dir/body;
  proxy_temp_path $dir/proxy;
  fastcgi_temp_path $dir/fastcgi;
  uwsgi_temp_path $dir/uwsgi;
  scgi_temp_path $dir/scgi;
EOF_NGINX
}

# start_nginx DIR URL: nginx on DIR/nginx/nginx.conf in the foreground of a background job (so that the caller's trap
# stops it through NGINX_PID); waits up to 5 s for URL to answer 200.
start_nginx() {
  local dir=$1/nginx url=$2
  "$NGINX" -c "$dir/nginx.conf" -p "$dir" -g 'daemon off;' 2>>"$dir/error.log" &
  NGINX_PID=$!
  for _ in $(seq 1 50); do
    [[ "$(curl -s -o /dev/null -w '%{http_code}' "$url")" == 200 ]] && return 0
    sleep 0.1
  done
  die "nginx did not start (see $dir/error.log)"
}
