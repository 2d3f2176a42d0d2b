# Digestbot: one image for every role (`digestbot serve --role web|worker`, `digestbot migrate`).
# Build: podman build --format docker -t digestbot . (or docker build; the docker format
# keeps the HEALTHCHECK, which the OCI format drops)
# The base is pinned by tag (Python 3.11 on Debian 12); add its digest (@sha256:...)
# where the registry is reachable when you build.
ARG PYTHON_IMAGE=python:3.11-slim-bookworm

# --- build: a virtual environment with the pinned dependencies and the bot -----------------
FROM ${PYTHON_IMAGE} AS build
ENV PIP_DISABLE_PIP_VERSION_CHECK=1 PIP_NO_CACHE_DIR=1 PYTHONDONTWRITEBYTECODE=1
WORKDIR /src
RUN python -m venv /opt/digestbot
COPY pyproject.toml constraints.txt README.md ./
COPY bot ./bot
RUN /opt/digestbot/bin/pip install -c constraints.txt .
COPY examples /opt/digestbot/examples
# The compiled word lists (built from simplemma's dictionaries on first use) go into the
# image, so no container builds them at start and none writes to a cache at run time.
RUN for lang in nb nn en; do \
      DIGESTBOT_CACHE_DIR=/opt/digestbot/cache /opt/digestbot/bin/digestbot digest \
        --lang "$lang" /opt/digestbot/examples/*.txt > /dev/null; \
    done \
 && chmod -R a+rX /opt/digestbot/cache

# --- run: the environment alone, as a user without rights ---------------------------------
FROM ${PYTHON_IMAGE}
ENV PATH=/opt/digestbot/bin:$PATH \
    PYTHONUNBUFFERED=1 \
    DIGESTBOT_CACHE_DIR=/opt/digestbot/cache \
    DIGESTBOT_ARTICLES=/opt/digestbot/examples \
    DATABASE_URL=sqlite:////data/digestbot.sqlite3 \
    PORT=8080
RUN useradd --system --uid 10001 --home-dir /data --create-home digestbot
COPY --from=build /opt/digestbot /opt/digestbot
USER digestbot
WORKDIR /data
VOLUME ["/data"]
EXPOSE 8080
HEALTHCHECK --interval=30s --timeout=5s --start-period=60s --retries=3 \
  CMD ["python", "-c", "import os, urllib.request; urllib.request.urlopen(f'http://127.0.0.1:{os.environ.get(\"PORT\", \"8080\")}/healthz', timeout=4)"]
ENTRYPOINT ["digestbot"]
CMD ["serve", "--role", "all"]
