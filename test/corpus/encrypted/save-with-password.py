"""
Saves a workbook with an open password through LibreOffice (Python-UNO), as a user does with
File > Save As > "Save with password". Used by hand to make the encrypted fixtures of this folder
(see SOURCES.md); never by the tests.

  /usr/bin/python3 save-with-password.py INPUT OUTPUT FILTER PASSWORD_FILE [CRYPTO_TYPE]

FILTER: "Calc MS Excel 2007 XML" (.xlsx), "MS Excel 97" (.xls), "calc8" (.ods). The password is read
from PASSWORD_FILE (UTF-8, no newline) so that no password sits on a command line.
For .xlsx LibreOffice takes the password as EncryptionData "OOXPassword", and CRYPTO_TYPE "Standard"
asks for ECMA-376 Standard encryption instead of its default, Agile.
Needs Debian's libreoffice-calc-nogui and python3-uno. Starts its own soffice on a loopback pipe
with a throw-away profile, and stops it.
"""
import os, subprocess, sys, tempfile, time, shutil
import uno
from com.sun.star.beans import PropertyValue, NamedValue


def prop(name, value):
    p = PropertyValue()
    p.Name = name
    p.Value = value
    return p


def main():
    src, dst, filt, pw_file = sys.argv[1:5]
    crypto_type = sys.argv[5] if len(sys.argv) > 5 else None
    with open(pw_file, encoding='utf-8') as f:
        password = f.read()
    profile = tempfile.mkdtemp(prefix='lo-pw-')
    pipe = 'annexpw%d' % os.getpid()
    # Loaded from a copy: a lock file ~lock.* never lands beside the source.
    work = os.path.join(profile, os.path.basename(src))
    shutil.copyfile(src, work)
    src = work
    proc = subprocess.Popen(['soffice', '--headless', '--norestore', '--nologo', '-env:UserInstallation=file://' + profile,
                             '--accept=pipe,name=%s;urp;' % pipe], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
    try:
        local = uno.getComponentContext()
        resolver = local.ServiceManager.createInstanceWithContext('com.sun.star.bridge.UnoUrlResolver', local)
        ctx = None
        for _ in range(120):
            try:
                ctx = resolver.resolve('uno:pipe,name=%s;urp;StarOffice.ComponentContext' % pipe)
                break
            except Exception:
                time.sleep(0.5)
        if ctx is None:
            raise SystemExit('soffice did not start')
        desktop = ctx.ServiceManager.createInstanceWithContext('com.sun.star.frame.Desktop', ctx)
        doc = desktop.loadComponentFromURL(uno.systemPathToFileUrl(os.path.abspath(src)), '_blank', 0, (prop('Hidden', True),))
        args = [prop('FilterName', filt)]
        if 'Excel 2007' in filt:
            data = [NamedValue('OOXPassword', password)]
            if crypto_type:
                data.append(NamedValue('CryptoType', crypto_type))
            args.append(prop('EncryptionData', uno.Any('[]com.sun.star.beans.NamedValue', tuple(data))))
        if 'Excel 2007' not in filt: args.append(prop('Password', password))
        uno.invoke(doc, 'storeToURL', (uno.systemPathToFileUrl(os.path.abspath(dst)), tuple(args)))
        doc.close(True)
        try:
            desktop.terminate()
        except Exception:
            pass
    finally:
        try:
            proc.wait(timeout=30)
        except subprocess.TimeoutExpired:
            pass
        try:
            os.killpg(proc.pid, 9)  # soffice.bin, the child of the soffice script
        except ProcessLookupError:
            pass
        shutil.rmtree(profile, ignore_errors=True)


main()
