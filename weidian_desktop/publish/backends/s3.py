"""s3://bucket/prefix with an endpoint: AWS S3, Cloudflare R2, Aliyun OSS, Tencent COS,
Backblaze B2, MinIO (boto3). Each object carries its content type and a Cache-Control:
hashed assets and images a year, immutable; pages, sw.js and the rest revalidated.

Keys come from the environment (AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY, or anything else
boto3 reads) or from the system keyring (account ``s3:ENDPOINT/BUCKET``, ``ID:SECRET``).
"""

from __future__ import annotations

import contextlib
import mimetypes
from collections.abc import Iterator, Sequence
from concurrent.futures import ThreadPoolExecutor, as_completed
from pathlib import Path
from typing import Any

from ...core.i18n import _
from ..errors import PublishError, SecretNeeded
from ..plan import is_hashed
from ..secrets import Secrets
from ..target import Target, s3_address
from .base import Backend, Done

THREADS = 8  # PUTs in flight: object stores answer each in tens of milliseconds
ATTEMPTS = 3  # botocore's tries a request (with back-off) before the publish stops
IMMUTABLE = "public, max-age=31536000, immutable"
REVALIDATE = "no-cache"  # may be kept, but asked again (ETag) before each use
TYPES = {".html": "text/html; charset=utf-8", ".css": "text/css; charset=utf-8",
         ".js": "text/javascript; charset=utf-8", ".json": "application/json",
         ".webmanifest": "application/manifest+json", ".xml": "application/xml",
         ".txt": "text/plain; charset=utf-8", ".ics": "text/calendar; charset=utf-8",
         ".webp": "image/webp", ".jpg": "image/jpeg", ".png": "image/png",
         ".svg": "image/svg+xml", ".ico": "image/x-icon"}


def content_type(path: str) -> str:
    suffix = Path(path).suffix.lower()
    return TYPES.get(suffix) or mimetypes.guess_type(path)[0] or "application/octet-stream"


def cache_control(path: str) -> str:
    return IMMUTABLE if is_hashed(path) else REVALIDATE


def s3_account(target: Target) -> str:
    """The keyring entry of a bucket's keys: ``s3:ENDPOINT/BUCKET``."""
    return f"s3:{target.endpoint or 'aws'}/{s3_address(target).bucket}"


class S3Backend(Backend):
    """PUTs objects several at a time, wave by wave; a PUT replaces an object atomically."""

    cheap_listing = False  # a thousand keys a request: a big shop's listing takes seconds

    def __init__(self, target: Target, secrets: Secrets) -> None:
        super().__init__(target)
        self.address = s3_address(target)
        self.secrets = secrets
        self.client: Any = None

    def _client(self) -> Any:
        import boto3
        from botocore.config import Config

        options: dict[str, Any] = {}
        session = boto3.session.Session()
        account = s3_account(self.target)
        keys = self.secrets.get(account)
        if keys and ":" in keys:
            options["aws_access_key_id"], options["aws_secret_access_key"] = \
                keys.split(":", 1)
        elif session.get_credentials() is None:  # none in the environment or ~/.aws either
            raise SecretNeeded(
                _("No keys for {target}: set AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY, or "
                  "type them (they are kept in the system keyring).").format(
                      target=self.label),
                account=account,
                prompt=_("Access key ID and secret for {bucket}, as ID:SECRET:").format(
                    bucket=self.address.bucket))
        config = Config(retries={"max_attempts": ATTEMPTS, "mode": "standard"}, connect_timeout=10,
                        read_timeout=60, max_pool_connections=THREADS,
                        s3={"addressing_style": "path"} if self.target.endpoint else {})
        return session.client(
            "s3", endpoint_url=self.target.endpoint or None,
            region_name=self.target.region or "us-east-1", config=config, **options)

    @contextlib.contextmanager
    def _errors(self, path: str = "") -> Iterator[None]:
        from botocore.exceptions import (
            BotoCoreError,
            ClientError,
            EndpointConnectionError,
            NoCredentialsError,
        )

        where = {"target": self.label, "bucket": self.address.bucket,
                 "endpoint": self.target.endpoint or "AWS"}
        try:
            yield
        except PublishError:
            raise
        except NoCredentialsError:
            raise PublishError(_("No keys for {target}: set AWS_ACCESS_KEY_ID and "
                                 "AWS_SECRET_ACCESS_KEY, or enter them in the app (they are "
                                 "kept in the system keyring).").format(**where)) from None
        except EndpointConnectionError:
            raise PublishError(_("{endpoint} does not answer (target {target}); check the "
                                 "endpoint address and your connection.").format(**where)
                               ) from None
        except ClientError as exc:
            code = str(exc.response.get("Error", {}).get("Code", ""))
            raise self._refused(code, where) from None
        except (BotoCoreError, OSError):
            raise PublishError(_("The connection to {target} broke; the shop online is still "
                                 "whole: publish again to finish.").format(**where)) from None

    def _refused(self, code: str, where: dict[str, str]) -> PublishError:
        if code in ("NoSuchBucket", "404", "NotFound"):
            return PublishError(_("The bucket {bucket} does not exist at {endpoint} (target "
                                  "{target}); create it, or correct the bucket's name or the "
                                  "endpoint.").format(**where))
        if code in ("InvalidAccessKeyId", "SignatureDoesNotMatch", "AuthorizationHeaderMalformed",
                    "InvalidToken", "ExpiredToken"):
            return PublishError(_("{endpoint} refused the access key (target {target}); check "
                                  "the key ID and the secret, and the endpoint's region.").format(
                                      **where))
        if code in ("AccessDenied", "403", "AllAccessDisabled", "AccessControlListNotSupported"):
            return PublishError(_("The key may not write to the bucket {bucket} (target "
                                  "{target}); give it permission to put and delete objects "
                                  "there.").format(**where))
        if code in ("QuotaExceeded", "StorageLimitExceeded", "EntityTooLarge",
                    "InsufficientStorage"):
            return PublishError(_("The bucket {bucket} is over its quota (target {target}); "
                                  "free some space or raise the quota, then publish again to "
                                  "finish.").format(**where))
        return PublishError(_("{endpoint} refused the request ({code}) for {target}; check the "
                              "target and publish again.").format(code=code, **where))

    def _key(self, path: str) -> str:
        return self.address.prefix + path

    def connect(self) -> None:
        with self._errors():
            self.client = self._client()
            self.client.head_bucket(Bucket=self.address.bucket)
        self.secrets.worked(s3_account(self.target))

    def read(self, path: str) -> bytes | None:
        with self._errors(path):
            try:
                answer = self.client.get_object(Bucket=self.address.bucket, Key=self._key(path))
            except self.client.exceptions.NoSuchKey:
                return None
            return bytes(answer["Body"].read())

    def listing(self, folders: Sequence[str] | None = None) -> dict[str, int]:
        sizes: dict[str, int] = {}
        prefixes = [self._key(f + "/") for f in folders] if folders is not None \
            else [self.address.prefix]
        with self._errors():
            pages = self.client.get_paginator("list_objects_v2")
            for prefix in prefixes:
                for page in pages.paginate(Bucket=self.address.bucket, Prefix=prefix):
                    for item in page.get("Contents", ()):
                        sizes[item["Key"][len(self.address.prefix):]] = int(item["Size"])
        return sizes

    def _put(self, path: str, body: bytes) -> str:
        extra: dict[str, Any] = {"ContentType": content_type(path),
                                 "CacheControl": cache_control(path)}
        if self.target.public_read:
            extra["ACL"] = "public-read"
        with self._errors(path):
            self.client.put_object(Bucket=self.address.bucket, Key=self._key(path), Body=body,
                                   **extra)
        return path

    def upload(self, files: Sequence[tuple[str, Path]], done: Done,
               in_place: bool = False) -> None:
        with ThreadPoolExecutor(THREADS) as pool:
            futures = [pool.submit(self._put, path, source.read_bytes())
                       for path, source in files]
            try:
                for future in as_completed(futures):
                    done(future.result())
            except BaseException:
                for future in futures:
                    future.cancel()
                raise

    def write(self, path: str, data: bytes) -> None:
        self._put(path, data)

    def delete(self, paths: Sequence[str], done: Done) -> None:
        for start in range(0, len(paths), 1000):  # the most one request takes
            batch = paths[start:start + 1000]
            with self._errors():
                answer = self.client.delete_objects(
                    Bucket=self.address.bucket,
                    Delete={"Objects": [{"Key": self._key(p)} for p in batch], "Quiet": True})
            errors = answer.get("Errors") or []
            if errors:
                raise self._refused(str(errors[0].get("Code", "")), {
                    "target": self.label, "bucket": self.address.bucket,
                    "endpoint": self.target.endpoint or "AWS"})
            for path in batch:
                done(path)

    def close(self) -> None:
        if self.client is not None:
            with contextlib.suppress(Exception):
                self.client.close()
        self.client = None
