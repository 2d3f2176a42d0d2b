"""Each chat's own sources (feeds and pages), the shared ones, and OPML in and out."""
