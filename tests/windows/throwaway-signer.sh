# Sourced by the signing tests: makes, in the current folder, a throwaway CA (ca.pem, "Contoso Test Root") and a
# code-signing certificate it issued (signer.pem; "Contoso Helpdesk Code Signing"), the two in signer.pfx under a
# random password, which it leaves in $password. Valid two days; nothing of it outlives the test's folder.
make_throwaway_signer() {
  openssl req -x509 -newkey rsa:2048 -nodes -keyout ca.key -out ca.pem -days 2 -subj "/CN=Contoso Test Root" \
    -addext "basicConstraints=critical,CA:TRUE" -addext "keyUsage=critical,keyCertSign,cRLSign" 2>/dev/null
  openssl req -newkey rsa:2048 -nodes -keyout signer.key -out signer.csr -subj "/O=Contoso Helpdesk/CN=Contoso Helpdesk Code Signing" 2>/dev/null
  printf 'basicConstraints=CA:FALSE\nkeyUsage=critical,digitalSignature\nextendedKeyUsage=codeSigning\n' >signer.ext
  openssl x509 -req -in signer.csr -CA ca.pem -CAkey ca.key -CAcreateserial -days 2 -extfile signer.ext -out signer.pem 2>/dev/null
  password="throwaway-$(openssl rand -hex 12)"
  MARS_PFX_PASSWORD=$password openssl pkcs12 -export -inkey signer.key -in signer.pem -certfile ca.pem -out signer.pfx \
    -passout env:MARS_PFX_PASSWORD
}
