#!/usr/bin/python3
"""A loopback stand-in for Microsoft Entra ID's token endpoint, for the sign-in rehearsal's tests.

It checks a client-assertion request the way Entra ID documents it (learn.microsoft.com, "certificate credentials"):
the RS256 signature against the registered certificate, x5t = base64url(SHA-1 of its DER), iss = sub = client_id,
aud = the tenant's token endpoint, nbf/exp against its own clock plus --offset seconds; and answers with Entra ID's
error shape (error, error_description "AADSTSnnn: ...", error_codes) or a token. Loopback only. Prints its port.
"""
import argparse
import base64
import hashlib
import json
import ssl
import sys
import time
import urllib.parse
from http.server import BaseHTTPRequestHandler, HTTPServer

from cryptography import x509
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import padding

parser = argparse.ArgumentParser()
parser.add_argument("--tls-cert", required=True)
parser.add_argument("--tls-key", required=True)
parser.add_argument("--registered-cert", required=True, help="PEM of the certificate registered for the application")
parser.add_argument("--tenant", required=True)
parser.add_argument("--client-id", required=True)
parser.add_argument("--audience", required=True, help="the token endpoint the assertion must name")
parser.add_argument("--offset", type=float, default=0.0, help="seconds added to this endpoint's clock")
parser.add_argument("--log", required=True, help="one line per request received")
args = parser.parse_args()

with open(args.registered_cert, "rb") as f:
    registered = x509.load_pem_x509_certificate(f.read())
registered_der = registered.public_bytes(encoding=__import__("cryptography.hazmat.primitives.serialization", fromlist=["Encoding"]).Encoding.DER)
registered_x5t = base64.urlsafe_b64encode(hashlib.sha1(registered_der).digest()).rstrip(b"=").decode()
SKEW = 300  # Entra ID accepts five minutes of clock skew


def b64url_decode(text):
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


class Handler(BaseHTTPRequestHandler):
    def log_message(self, *a):
        pass

    def answer(self, status, body):
        data = json.dumps(body).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json; charset=utf-8")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def refuse(self, code, text, error="invalid_client", status=401):
        self.answer(status, {"error": error, "error_description": "AADSTS%d: %s\r\nTrace ID: 00000000-test" % (code, text),
                             "error_codes": [code], "timestamp": time.strftime("%Y-%m-%d %H:%M:%SZ", time.gmtime())})

    def do_POST(self):
        with open(args.log, "a") as log:
            log.write(self.path + "\n")
        length = int(self.headers.get("Content-Length", "0"))
        form = urllib.parse.parse_qs(self.rfile.read(length).decode())
        field = lambda name: form.get(name, [""])[0]
        tenant = self.path.strip("/").split("/")[0]
        if tenant != args.tenant:
            return self.refuse(90002, "Tenant '%s' not found." % tenant, "invalid_request", 400)
        if field("grant_type") != "client_credentials" or not field("resource"):
            return self.refuse(90014, "The request body must contain the following parameter: 'grant_type'.", "invalid_request", 400)
        if field("client_assertion_type") != "urn:ietf:params:oauth:client-assertion-type:jwt-bearer":
            return self.refuse(7000218, "The request body must contain client_assertion.", "invalid_client", 401)
        try:
            header_b64, claims_b64, signature_b64 = field("client_assertion").split(".")
            header = json.loads(b64url_decode(header_b64))
            claims = json.loads(b64url_decode(claims_b64))
        except Exception:
            return self.refuse(50027, "JWT token is invalid or malformed.", "invalid_request", 400)
        if claims.get("iss") != field("client_id") or claims.get("sub") != field("client_id"):
            return self.refuse(700021, "Client assertion application identifier doesn't match 'client_id' parameter.")
        if claims.get("aud") != args.audience:
            return self.refuse(700023, "Invalid audience.")
        if field("client_id") != args.client_id:
            return self.refuse(700016, "Application with identifier '%s' was not found in the directory." % field("client_id"), "unauthorized_client", 400)
        if header.get("alg") != "RS256" or header.get("x5t") != registered_x5t:
            return self.refuse(700027, "Client assertion failed signature validation. (key not registered)")
        try:
            registered.public_key().verify(b64url_decode(signature_b64), (header_b64 + "." + claims_b64).encode(),
                                           padding.PKCS1v15(), hashes.SHA256())
        except Exception:
            return self.refuse(700027, "Client assertion failed signature validation.")
        now = time.time() + args.offset
        if not (claims.get("nbf", 0) - SKEW <= now <= claims.get("exp", 0) + SKEW):
            return self.refuse(700024, "Client assertion is not within its valid time range. Current time: %d, assertion valid "
                                       "from %s, expiry time of assertion %s." % (now, claims.get("nbf"), claims.get("exp")))
        self.answer(200, {"token_type": "Bearer", "expires_in": "3599", "ext_expires_in": "3599",
                          "resource": field("resource"), "access_token": "CANARY-ACCESS-TOKEN-0123456789"})


server = HTTPServer(("127.0.0.1", 0), Handler)
context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
context.load_cert_chain(args.tls_cert, args.tls_key)
server.socket = context.wrap_socket(server.socket, server_side=True)
print(server.server_address[1], flush=True)
server.serve_forever()
