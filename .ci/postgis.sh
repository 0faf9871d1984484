# Sourced by .ci/run: gives carto-local's PostGIS tests a database. Installs PostgreSQL 15 and PostGIS 3 from
# Debian's packages if they are missing, starts a throwaway cluster on loopback as the postgres user (PostgreSQL
# refuses to run as root), and exports what the tests read:
#   CARTO_LOCAL_POSTGIS_URL, CARTO_LOCAL_POSTGIS_USER, CARTO_LOCAL_POSTGIS_PASSWORD
# stop_postgis stops the cluster and removes its files.

pg_bin=/usr/lib/postgresql/15/bin
if [ ! -x "$pg_bin/postgres" ] || [ ! -f /usr/share/postgresql/15/extension/postgis.control ]; then
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql-15 postgresql-15-postgis-3 >/dev/null
fi

pg_dir=$(mktemp -d /tmp/carto-local-pg.XXXXXX)
chown postgres:postgres "$pg_dir"
pg_port=55432
while (exec 3<>"/dev/tcp/127.0.0.1/$pg_port") 2>/dev/null; do
  pg_port=$((pg_port + 1))
done
pg_password=$(od -An -N16 -tx1 /dev/urandom | tr -d ' \n')
printf '%s\n' "$pg_password" > "$pg_dir/password"
chown postgres:postgres "$pg_dir/password"

runuser -u postgres -- "$pg_bin/initdb" -D "$pg_dir/data" -U postgres -E UTF8 --no-locale \
  --auth-local=trust --auth-host=scram-sha-256 --pwfile="$pg_dir/password" >/dev/null
# a throwaway cluster: durability settings off, they only cost time
runuser -u postgres -- "$pg_bin/pg_ctl" -D "$pg_dir/data" -l "$pg_dir/server.log" -w start -o \
  "-c listen_addresses=127.0.0.1 -p $pg_port -k $pg_dir -c fsync=off -c synchronous_commit=off -c full_page_writes=off" \
  >/dev/null

export CARTO_LOCAL_POSTGIS_URL="jdbc:postgresql://127.0.0.1:$pg_port/postgres"
export CARTO_LOCAL_POSTGIS_USER=postgres
export CARTO_LOCAL_POSTGIS_PASSWORD="$pg_password"

stop_postgis() {
  runuser -u postgres -- "$pg_bin/pg_ctl" -D "$pg_dir/data" -m fast -w stop >/dev/null 2>&1 || true
  rm -rf "$pg_dir"
}
