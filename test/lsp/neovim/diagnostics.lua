-- Starts vanban's server as Neovim's built-in LSP client would (stdio), waits for the diagnostics of the
-- current buffer and prints them as JSON lines. Neovim 0.7 API (no vim.lsp.start).
local server = os.getenv('VANBAN_SERVER')
local client_id = vim.lsp.start_client({
  name = 'vanban',
  cmd = { 'node', server, '--stdio' },
  root_dir = vim.fn.getcwd(),
})
vim.lsp.buf_attach_client(0, client_id)
local ok = vim.wait(15000, function() return #vim.diagnostic.get(0) >= 4 end, 50)
for _, d in ipairs(vim.diagnostic.get(0)) do
  print(string.format('{"line":%d,"code":"%s","severity":%d}', d.lnum, tostring(d.code or (d.user_data and d.user_data.lsp and d.user_data.lsp.code)), d.severity))
end
if not ok then print('TIMEOUT') end
vim.lsp.stop_client(client_id)
vim.cmd('qa!')
