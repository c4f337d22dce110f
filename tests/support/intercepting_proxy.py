#!/usr/bin/python3
"""A loopback TLS-inspecting proxy for the endpoint tests. Loopback only. Prints its port, then serves until killed.

A client that sends CONNECT host:port gets "200 Connection established" (with a Via header, as inspecting proxies
send), then a TLS session with --cert (the chain the proxy forges, leaf first) instead of the real host's; a client
that starts TLS at once (a transparent interceptor) gets the same session. Either way, the answer to the request
inside TLS is the bytes of --answer: the service's "/" relayed, or the proxy's block page.
"""
import argparse
import socket
import ssl
import sys
import threading

parser = argparse.ArgumentParser()
parser.add_argument("--cert", required=True, help="PEM: the forged leaf, then any intermediates")
parser.add_argument("--key", required=True)
parser.add_argument("--answer", required=True, help="file holding the raw HTTP answer sent inside TLS")
args = parser.parse_args()

context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
context.load_cert_chain(args.cert, args.key)
with open(args.answer, "rb") as f:
    answer = f.read()


def read_head(connection):
    head = b""
    while b"\r\n\r\n" not in head and len(head) < 65536:
        data = connection.recv(4096)
        if not data:
            return None
        head += data
    return head


def serve(client):
    try:
        client.settimeout(10)
        if client.recv(1, socket.MSG_PEEK) != b"\x16":
            if read_head(client) is None:
                return
            client.sendall(b"HTTP/1.1 200 Connection established\r\nVia: 1.1 inspector.test (Contoso-Inspector/2.0)\r\n\r\n")
        session = context.wrap_socket(client, server_side=True)
        if read_head(session) is not None:
            session.sendall(answer)
        session.close()
    except (OSError, ssl.SSLError):
        pass  # a client that refuses the forged certificate ends the handshake: that is what some tests want
    finally:
        client.close()


listener = socket.create_server(("127.0.0.1", 0))
print(listener.getsockname()[1], flush=True)
while True:
    connection, _ = listener.accept()
    threading.Thread(target=serve, args=(connection,), daemon=True).start()
