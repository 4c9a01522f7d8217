# noticekit in a container, for teams that run their tools that way:
#   docker build -t noticekit .
#   docker run --rm -v "$PWD:/work" noticekit lint notices/
# The image holds the installed package only; the notices come in through the mounted /work.
FROM python:3.12-slim

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_NO_CACHE_DIR=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1

WORKDIR /tmp/noticekit
COPY pyproject.toml setup.py README.md ./
COPY src ./src
COPY templates ./templates
COPY docs ./docs
RUN python -m pip install . \
    && rm -rf /tmp/noticekit \
    && useradd --create-home --uid 10001 --shell /usr/sbin/nologin noticekit

USER noticekit
WORKDIR /work
ENTRYPOINT ["noticekit"]
CMD ["--help"]
