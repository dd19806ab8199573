#!/usr/bin/env node
// `npm start`: the https dev server on https://localhost:3000 (certificate from office-addin-dev-certs,
// see webpack.config.js) and, where desktop Excel can be (Windows, macOS), sideloading of manifest.xml.
// office-addin-debugging is fetched on demand: its native keychain module does not build on a bare
// machine, so it is not a dependency. On Linux there is no desktop Excel: use Excel on the web.
const { spawn } = require('child_process');

const shell = process.platform === 'win32';
const server = spawn('npx', ['webpack', 'serve', '--mode', 'development'], { stdio: 'inherit', shell });
server.on('exit', (code) => process.exit(code ?? 0));

if (process.platform === 'win32' || process.platform === 'darwin') {
  setTimeout(() => {
    const sideload = spawn('npx', ['--yes', 'office-addin-debugging@7.0.0', 'start', 'manifest.xml', 'desktop', '--app', 'excel', '--no-debug', '--dev-server-port', '3000'], { stdio: 'inherit', shell });
    sideload.on('exit', (code) => {
      if (code) console.error('Không nạp được bổ trợ vào Excel tự động; hãy nạp manifest.xml bằng tay (xem README). (Sideloading failed; load manifest.xml by hand, see README.)');
    });
  }, 8000);
} else {
  console.log('Excel trên web: Trang đầu → Bổ trợ → Tải lên bổ trợ của tôi → chọn manifest.xml. (Excel on the web: Home → Add-ins → Upload My Add-in → manifest.xml.)');
}
