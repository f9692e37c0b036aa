# Shared by the CI stages that run packaged twin instances on PostgreSQL (src/test/twin, src/test/notifications).
# Source it after setting PGHOST, PGPORT, PGUSER, SKIP_BUILD and JAR; each function exits the stage on failure.

# Refuses to go on when something already listens on one of the given loopback ports.
require_free_ports() {
  local hint=$1 port
  shift
  for port in "$@"; do
    if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
      echo "something already listens on 127.0.0.1:$port; set $hint" >&2
      exit 2
    fi
  done
}

# Starts the machine's PostgreSQL cluster when it is not answering, and waits for it.
ensure_postgres() {
  if ! pg_isready -h "$PGHOST" -p "$PGPORT" -q; then
    pg_ctlcluster --skip-systemctl-redirect "$(ls /etc/postgresql | head -1)" main start
    for _ in $(seq 1 30); do pg_isready -h "$PGHOST" -p "$PGPORT" -q && break; sleep 1; done
  fi
}

# Builds the twin jar into target/twin unless SKIP_BUILD=1, and makes sure it is there.
twin_jar() {
  if [[ $SKIP_BUILD != 1 ]]; then
    ./mvnw -B -q package -DskipTests -Dquarkus.profile=twin -Dquarkus.package.output-directory=twin
  fi
  [[ -f $JAR ]] || { echo "$JAR not found" >&2; exit 1; }
}

# Drops and creates the named database.
fresh_database() {
  dropdb -h "$PGHOST" -p "$PGPORT" -U "$PGUSER" --if-exists "$1"
  createdb -h "$PGHOST" -p "$PGPORT" -U "$PGUSER" "$1"
}
