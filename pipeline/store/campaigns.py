"""Campaign storage (tables campaigns, reports.campaign_id, indicators lookups).

Owned by the digest engineer (issue 5). Mixed into `pipeline.store.Store`; uses only
`self.db`, `self.transaction()` and the helpers of `pipeline.store.base`.
"""


class CampaignStore:
    """Methods that read and write campaigns."""
