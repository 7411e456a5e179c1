# The two commands a newcomer needs are `make run` and `make test`; the rest are listed by `make help`.
SHELL := /bin/bash
.SHELLFLAGS := -euo pipefail -c
.DEFAULT_GOAL := help

MVN ?= mvn -B -ntp
DB := scripts/db.sh
MODI_RULESET ?= ../shared/modi/italian-guidelines.spectral.yml
SPECTRAL := npx -y @stoplight/spectral-cli@6.16.3
JAR := backend/target/quarkus-app/quarkus-run.jar
DEMO_ADMIN_USER := admin
DEMO_ADMIN_PASSWORD := demo-arti-2021

.PHONY: help run test backend-test frontend-test openapi openapi-check lint-api build chromium db-status db-stop mail-stop clean

help: ## List the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  make %-14s %s\n", $$1, $$2}'

run: build frontend/node_modules ## Start the API (http://localhost:8080) and the web app (http://localhost:5173) with the 2021 ARTI plan, and a demo SMTP server; Ctrl-C stops both
	@echo "Web app:    http://localhost:5173"
	@echo "API:        http://localhost:8080/api/v1/plans   (Swagger UI: http://localhost:8080/q/swagger-ui)"
	@echo "Sign in as $(DEMO_ADMIN_USER) / $(DEMO_ADMIN_PASSWORD) (demo values: production refuses them)."
	@echo "Ctrl-C stops both."
	@scripts/mail.sh start
	@trap 'kill 0' INT TERM EXIT; \
	  QUARKUS_PROFILE=demo MONITOR_ADMIN_USER=$(DEMO_ADMIN_USER) MONITOR_ADMIN_PASSWORD=$(DEMO_ADMIN_PASSWORD) \
	  MONITOR_SMTP_PORT=$${MAIL_SMTP_PORT:-3025} MALLOC_ARENA_MAX=2 $(DB) with perfmon \
	    bash -c 'cd backend/target/quarkus-app && exec java @../../jvm.options -XX:SharedArchiveFile=app-cds.jsa -jar quarkus-run.jar' & \
	  (cd frontend && npm run dev -- --clearScreen false) & \
	  wait

# The packaging that `make run`, `make bench` and the container start also writes an AppCDS archive
# (target/quarkus-app/app-cds.jsa, from a start of the application at build time: about 20 s more); `make test`'s builds
# leave it out. The JVM ignores a missing or stale archive, so starting without it is only slower.
APPCDS := -Dquarkus.package.jar.appcds.enabled=true

build: ## Build the backend without running tests
	cd backend && $(MVN) package -DskipTests $(APPCDS)

test: backend-test openapi-check lint-api test-manifests test-faults frontend-test test-oidc ## Run every test: backend and web app against a real MariaDB and Chromium, contract, API guidelines, database faults, sign-in at a real Keycloak

backend-test: ## Backend unit and REST tests, in their own database (perfmon_test)
	$(DB) with perfmon_test bash -c 'cd backend && $(MVN) verify'

frontend-test: chromium frontend/node_modules ## Web app: contract types, lint, unit tests, end-to-end tests in Chromium against the real backend
	@test -f $(JAR) || (cd backend && $(MVN) package -DskipTests)
	cd frontend && npm run check:types && npm run lint && npm run typecheck && npm run test:unit && npm run test:e2e

.PHONY: test-manifests
test-manifests: ## Kubernetes manifests (deploy/kubernetes) against the Kubernetes 1.30 schema, with no cluster (seconds)
	cd tools/manifest-check && $(MVN) test

.PHONY: test-faults jar galera
test-faults: jar galera ## Database faults (stop, kill -9, KILL CONNECTION, SIGSTOP, pool exhaustion) against a private mariadbd and two backends, then a node killed and write conflicts on a three-node Galera cluster
	mariadbd=$$($(DB) mariadbd) && cd faults && FAULTS_MARIADBD="$$mariadbd" $(MVN) test

# The packaged backend, rebuilt only when its sources changed since the last build (backend-test builds it too).
jar:
	@if [ ! -f $(JAR) ] || [ -n "$$(find backend/pom.xml backend/src/main -newer $(JAR) -print -quit)" ]; then \
	  cd backend && $(MVN) package -DskipTests; fi

.PHONY: test-oidc
test-oidc: chromium frontend/node_modules ## Web app signing in at a real Keycloak (fetched from Maven Central by scripts/keycloak.sh), in Chromium
	@test -f $(JAR) || (cd backend && $(MVN) package -DskipTests)
	cd frontend && npm run test:e2e-oidc

frontend/node_modules: frontend/package.json frontend/package-lock.json
	cd frontend && npm ci --no-audit --no-fund
	@touch frontend/node_modules

# mariadb-server ships the rsync SST script (wsrep_sst_rsync) and depends on galera-4, rsync and socat.
galera: ## Install Debian's Galera (galera-4) and the MariaDB server with its rsync state transfer, when missing (needs root and apt)
	@test -r /usr/lib/galera/libgalera_smm.so && test -x /usr/bin/wsrep_sst_rsync && command -v rsync >/dev/null \
	  || { apt-get update -q && apt-get install -y -q -o DPkg::Lock::Timeout=600 galera-4 mariadb-server rsync; }

chromium: ## Install Debian's Chromium for the end-to-end tests, when missing (needs root and apt)
	@test -x /usr/bin/chromium || { apt-get update -q && apt-get install -y -q -o DPkg::Lock::Timeout=600 chromium; }

openapi: ## Regenerate the top-level openapi.yaml from the annotated resources
	cd backend && $(MVN) package -DskipTests
	cp backend/target/openapi/openapi.yaml openapi.yaml
	@if [ -d frontend/node_modules ]; then cd frontend && npm run generate:types; fi

openapi-check: ## Fail when openapi.yaml differs from what the build generates
	@test -f backend/target/openapi/openapi.yaml || (cd backend && $(MVN) package -DskipTests)
	@diff -u openapi.yaml backend/target/openapi/openapi.yaml \
	  || { echo "openapi.yaml is stale: run 'make openapi' and commit it"; exit 1; }
	@echo "openapi.yaml equals the generated contract"

lint-api: ## Check openapi.yaml against the Italian API guidelines (ModI), when the ruleset is present
	@if [ -f "$(MODI_RULESET)" ]; then \
	  $(SPECTRAL) lint --fail-severity=error -r "$(MODI_RULESET)" openapi.yaml; \
	else echo "ModI ruleset not found at $(MODI_RULESET): guidelines check skipped"; fi

db-status: ## Say which MariaDB make run and make test use
	$(DB) status

db-stop: ## Stop the embedded MariaDB, if one was started (its data stays in .data/)
	$(DB) stop

mail-stop: ## Stop the demo SMTP server that make run started (its messages are lost)
	scripts/mail.sh stop

clean: ## Remove build output (not the embedded database's data)
	cd backend && $(MVN) -q clean
	rm -rf tools/embedded-mariadb/target tools/mail-server/target frontend/dist frontend/test-results

# Benchmarks and scale data (bench/, BENCHMARKS.md). Not part of `make test`.
BENCH_DB ?= perfmon_bench
BENCH_PORT ?= 8095
BENCH_PREVIEW_PORT ?= 4195
BENCH_ARGS ?=
LARGE_DB ?= perfmon_large
LARGE_PORT ?= 8096
BENCH_JAR := bench/target/perfmon-bench.jar

.PHONY: bench seed-large

bench: chromium frontend/node_modules bench/lighthouse/node_modules ## Benchmarks (about 12 min): pull API, report, counts, start (against bench/baseline), web app, scale on a seed-large database kept between runs; writes bench/results and BENCHMARKS.md
	cd backend && $(MVN) package -Dmaven.test.skip=true $(APPCDS)
	cd bench/baseline && $(MVN) -q package $(APPCDS)
	cd frontend && npm run build
	cd bench && $(MVN) -q package
	$(DB) with $(BENCH_DB) java -jar $(BENCH_JAR) run --repo=. --port=$(BENCH_PORT) \
	  --preview-port=$(BENCH_PREVIEW_PORT) --commit=$$(git rev-parse --short HEAD) $(BENCH_ARGS)

seed-large: ## Fill LARGE_DB (default perfmon_large) with twenty organisations, each with ten years of plans ten times the 2021 one: 200 plans and twenty million counts (about 15 min)
	@test -f $(JAR) || (cd backend && $(MVN) package -DskipTests)
	cd bench && $(MVN) -q package -DskipTests
	$(DB) with $(LARGE_DB) java -jar $(BENCH_JAR) seed-large --repo=. --port=$(LARGE_PORT)

bench/lighthouse/node_modules: bench/lighthouse/package.json bench/lighthouse/package-lock.json
	cd bench/lighthouse && npm ci --no-audit --no-fund
	@touch bench/lighthouse/node_modules
