FROM python:3.11-slim
ENV PYTHONDONTWRITEBYTECODE=1 PYTHONUNBUFFERED=1
WORKDIR /app
COPY pyproject.toml README.md ./
COPY zgw ./zgw
RUN pip install --no-cache-dir . && useradd --system --uid 1000 zgw
USER zgw
EXPOSE 8000
CMD ["zgw", "serve", "--host", "0.0.0.0", "--port", "8000", "--workers", "2"]
