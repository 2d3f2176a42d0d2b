"""The fetch guard: which addresses article fetching may reach, checked where the socket opens.

Every article fetch (page, feed, feed entry, each redirect hop) connects through
`GuardedBackend`: it resolves the host name once, refuses the connection when any answer
is loopback, private, link-local, multicast, reserved or otherwise not public (unless
`DIGESTBOT_FETCH_ALLOW` lists it), and dials exactly the addresses it checked. httpcore
still takes the Host header and the TLS server name (SNI and the certificate check) from
the URL, so HTTPS keeps verifying the name while the socket goes to the checked address.
"""

from __future__ import annotations

import functools
import ipaddress
import socket
from collections.abc import Iterable
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any

from bot.core.errors import InputError

if TYPE_CHECKING:
    import ssl

    import httpcore
    import httpx

    from bot.settings import Settings

IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address
IPNetwork = ipaddress.IPv4Network | ipaddress.IPv6Network

MAX_BYTES = 10 * 1024 * 1024  # the cap on a source's bytes, raw and once decompressed
DEFAULT_TIMEOUT_SECONDS = 10.0
MAX_REDIRECTS = 5
SCHEMES = ("http", "https")
# IPv6 prefixes that carry an IPv4 address inside (NAT64): judged by the IPv4 address.
_NAT64 = ipaddress.ip_network("64:ff9b::/96")


class FetchRefused(InputError):
    """A fetch the guard will not make: a scheme or an address outside what may be reached."""


@dataclass(frozen=True)
class FetchPolicy:
    """What fetching may reach, and how long and how much it may read."""

    allow_hosts: frozenset[str] = frozenset()
    allow_networks: tuple[IPNetwork, ...] = ()
    timeout: float = DEFAULT_TIMEOUT_SECONDS
    max_bytes: int = MAX_BYTES
    max_redirects: int = MAX_REDIRECTS
    contact: str | None = None  # DIGESTBOT_CONTACT: who a site's operator can write to

    @classmethod
    def from_settings(cls, settings: Settings) -> FetchPolicy:
        """Build the policy from `DIGESTBOT_FETCH_ALLOW`, `_FETCH_TIMEOUT` and `_CONTACT`."""
        hosts, networks = parse_allow(settings.fetch_allow or "")
        return cls(
            allow_hosts=hosts,
            allow_networks=networks,
            timeout=settings.fetch_timeout,
            contact=settings.contact,
        )

    def with_timeout(self, timeout: float) -> FetchPolicy:
        return replace(self, timeout=timeout)

    @property
    def user_agent(self) -> str:
        """The bot, its version and how to reach its operator, as sites see it."""
        from bot import __version__

        about = "+https://github.com/digestbot/digestbot"
        # Printable ASCII only: a header cannot carry a line break or other bytes.
        contact = "".join(c for c in self.contact or "" if " " <= c <= "~").strip()[:200]
        if contact:
            about += f"; contact: {contact}"
        return f"Digestbot/{__version__} ({about})"

    def allows_host(self, host: str) -> bool:
        return _normal_host(host) in self.allow_hosts

    def allows_address(self, address: IPAddress) -> bool:
        return any(address.version == net.version and address in net for net in self.allow_networks)


def parse_allow(text: str) -> tuple[frozenset[str], tuple[IPNetwork, ...]]:
    """Split `DIGESTBOT_FETCH_ALLOW` into host names and networks (an address is a /32 or /128)."""
    hosts: set[str] = set()
    networks: list[IPNetwork] = []
    for raw in text.split(","):
        entry = raw.strip()
        if not entry:
            continue
        try:
            networks.append(ipaddress.ip_network(entry.strip("[]"), strict=False))
            continue
        except ValueError:
            pass
        host = _normal_host(entry)
        labels = host.split(".")
        if (
            not host
            or len(host) > 253
            or not all(
                label and len(label) <= 63 and label.replace("-", "").isalnum() for label in labels
            )
        ):
            raise ValueError(
                f"DIGESTBOT_FETCH_ALLOW: {entry!r} is not a host name, IP address or CIDR range"
            )
        hosts.add(host)
    return frozenset(hosts), tuple(networks)


def _normal_host(host: str) -> str:
    return host.strip().strip("[]").rstrip(".").lower()


def _unwrapped(address: IPAddress) -> IPAddress:
    """Return the IPv4 address an IPv6 address carries (mapped, NAT64, 6to4, Teredo), if any."""
    if isinstance(address, ipaddress.IPv6Address):
        if address.ipv4_mapped is not None:
            return address.ipv4_mapped
        if address in _NAT64:
            return ipaddress.IPv4Address(int(address) & 0xFFFFFFFF)
        if address.sixtofour is not None:
            return address.sixtofour
        if address.teredo is not None:
            return address.teredo[1]
    return address


def address_refusal(address: IPAddress) -> str | None:
    """Return why an address may not be fetched ("a private address"), or None when public."""
    # An IPv6 address that carries an IPv4 one reaches that IPv4 host: judge that one.
    candidate = _unwrapped(address)
    if candidate.is_unspecified:
        return "an unspecified address"
    if candidate.is_loopback:
        return "a loopback address"
    if candidate.is_link_local:
        return "a link-local address"
    if candidate.is_multicast:
        return "a multicast address"
    if candidate.is_reserved:
        return "a reserved address"
    if candidate.is_private:
        return "a private address"
    if isinstance(candidate, ipaddress.IPv6Address) and candidate.is_site_local:
        return "a site-local address"
    if not candidate.is_global:
        return "not a public address"
    return None


def check_scheme(url: httpx.URL) -> None:
    if url.scheme not in SCHEMES:
        raise FetchRefused(
            f"refused: {url.scheme or 'no'} scheme (only http and https are fetched)"
        )


def resolve(host: str, port: int) -> list[IPAddress]:
    """Resolve a host name (or read an address literal) into its addresses, in order."""
    try:
        return [ipaddress.ip_address(_normal_host(host))]
    except ValueError:
        pass
    try:
        answers = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except (socket.gaierror, UnicodeError):
        raise FetchRefused(f"the host name {host} does not resolve") from None
    addresses: dict[IPAddress, None] = {}
    for family, *_rest, sockaddr in answers:
        if family in (socket.AF_INET, socket.AF_INET6):
            addresses[ipaddress.ip_address(str(sockaddr[0]).split("%")[0])] = None
    if not addresses:
        raise FetchRefused(f"the host name {host} has no IP address")
    return list(addresses)


def checked_addresses(host: str, port: int, policy: FetchPolicy) -> list[IPAddress]:
    """Resolve once and refuse the host when any answer may not be reached."""
    addresses = resolve(host, port)
    if policy.allows_host(host):
        return addresses
    for address in addresses:
        reason = address_refusal(address)
        if reason is not None and not policy.allows_address(address):
            what = (
                f"{address} is {reason}"
                if _normal_host(host) == str(address)
                else f"{host} resolves to {address}, {reason}"
            )
            raise FetchRefused(
                f"refused: {what} (list it in DIGESTBOT_FETCH_ALLOW to fetch from it)"
            )
    return addresses


@functools.cache
def _ssl_context() -> ssl.SSLContext:
    """Return the one TLS context (loading the CA bundle costs a tenth of a second)."""
    import httpx

    return httpx.create_ssl_context(trust_env=False)


def guarded_transport(policy: FetchPolicy) -> httpx.HTTPTransport:
    """Return an httpx transport whose every connection goes through the guard."""
    import httpcore
    import httpx

    class GuardedBackend(httpcore.SyncBackend):
        """Resolve, check and connect to the checked address: no second DNS answer."""

        def connect_tcp(
            self,
            host: str,
            port: int,
            timeout: float | None = None,
            local_address: str | None = None,
            socket_options: Iterable[Any] | None = None,
        ) -> httpcore.NetworkStream:
            last: Exception | None = None
            for address in checked_addresses(host, port, policy):
                try:
                    return super().connect_tcp(
                        str(address), port, timeout, local_address, socket_options
                    )
                except (httpcore.ConnectError, httpcore.ConnectTimeout) as error:
                    last = error
            assert last is not None
            raise last

    transport = httpx.HTTPTransport(verify=_ssl_context(), trust_env=False, retries=0)
    # httpx 0.28 takes no network backend, so its pool is rebuilt with ours; with
    # trust_env off no proxy is used, so the socket always opens here.
    transport._pool = httpcore.ConnectionPool(
        ssl_context=_ssl_context(),
        max_connections=10,
        max_keepalive_connections=5,
        network_backend=GuardedBackend(),
    )
    return transport
