#!/usr/bin/python3
"""A DNS server for one test's squid: every question is answered "no such name" (NXDOMAIN) at once.

squid reports ERR_DNS_FAIL only when a resolver answers; without one it times out into other errors. Listens on the
UDP address given (127.x.y.z:53, inside the test's network namespace), prints "ready" and serves until killed.
"""
import socket
import sys


def answer(query: bytes) -> bytes:
    if len(query) < 12:
        return b""
    # Same ID; QR=1, opcode and RD copied, RA=1, RCODE=3 (NXDOMAIN); the question echoed, no records.
    flags = bytes([0x80 | (query[2] & 0x79), 0x83])
    end = 12
    while end < len(query) and query[end] != 0:
        end += query[end] + 1
    end += 5  # the root label, QTYPE and QCLASS
    if end > len(query):
        return b""
    return query[:2] + flags + b"\x00\x01\x00\x00\x00\x00\x00\x00" + query[12:end]


def main() -> None:
    server = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    server.bind((sys.argv[1], 53))
    print("ready", flush=True)
    while True:
        query, peer = server.recvfrom(512)
        reply = answer(query)
        if reply:
            server.sendto(reply, peer)


if __name__ == "__main__":
    main()
