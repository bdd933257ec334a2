"""Where reports live: `Store.open(path)` (SQLite file, WAL; one writer process — the
worker — and readers such as the review app may use it at the same time).

The interface is a set of documented methods, no SQL outside this package, so that a
PostgreSQL backend can be added later behind the same methods:
- `pipeline.store.reports.ReportStore` (core: deliveries, reports, indicators, log, retention),
- `pipeline.store.campaigns.CampaignStore` (issue 5),
- `pipeline.store.review.ReviewStore` (issue 6),
on top of `pipeline.store.base.StoreBase` (connection, migrations, transactions, meta).
"""

from __future__ import annotations

from .base import StoreBase, StoreError, utc_now
from .campaigns import CampaignStore
from .reports import STATES, Delivery, Filed, ReportStore, SourceKey, StoredReport
from .review import ReviewStore


class Store(ReportStore, CampaignStore, ReviewStore, StoreBase):
    """The store: open with `Store.open(path)`, close with `close()` (or use `with`)."""


__all__ = ["STATES", "Delivery", "Filed", "SourceKey", "Store", "StoreError", "StoredReport", "utc_now"]
