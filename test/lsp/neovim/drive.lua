-- Drives the vanban server from Neovim's own LSP client (nvim 0.7): waits for diagnostics, applies the
-- "insert the title" quick fix and then source.fixAll with Neovim's edit code, asks for hover and
-- symbols, and writes what it saw as JSON to $VANBAN_OUT.
local out = os.getenv('VANBAN_OUT')
local result = {}
local function finish()
  local file = io.open(out, 'w')
  file:write(vim.fn.json_encode(result))
  file:close()
  vim.cmd('qall!')
end

local id = vim.lsp.start_client({
  name = 'vanban',
  cmd = { 'node', os.getenv('VANBAN_SERVER'), '--stdio' },
  root_dir = vim.fn.getcwd(),
})
vim.lsp.buf_attach_client(0, id)
result.attached = vim.wait(15000, function() return #vim.diagnostic.get(0) > 0 end, 50)
local client = vim.lsp.get_client_by_id(id)
result.diagnostics = #vim.diagnostic.get(0)

local doc = vim.lsp.util.make_text_document_params()
local line0 = vim.lsp.diagnostic.get_line_diagnostics(0, 0)
local actions = client.request_sync('textDocument/codeAction', {
  textDocument = doc,
  range = { start = { line = 0, character = 0 }, ['end'] = { line = 0, character = 0 } },
  context = { diagnostics = line0 },
}, 5000, 0).result or {}
result.titles = {}
for _, action in ipairs(actions) do
  table.insert(result.titles, action.title)
  if action.title == os.getenv('VANBAN_INSERT_TITLE') then
    vim.lsp.util.apply_workspace_edit(action.edit, 'utf-16')
    result.inserted = true
  end
end

-- Wait for the server to see the new version: the title finding goes.
result.afterInsert = vim.wait(10000, function() return #vim.diagnostic.get(0) == result.diagnostics - 1 end, 50)
local fixes = client.request_sync('textDocument/codeAction', {
  textDocument = doc,
  range = { start = { line = 0, character = 0 }, ['end'] = { line = 0, character = 0 } },
  context = { diagnostics = {}, only = { 'source.fixAll' } },
}, 5000, 0).result or {}
if fixes[1] then
  vim.lsp.util.apply_workspace_edit(fixes[1].edit, 'utf-16')
  result.fixAll = fixes[1].title
end
result.text = table.concat(vim.api.nvim_buf_get_lines(0, 0, -1, false), '\n')

result.afterFixAll = vim.wait(10000, function() return #vim.diagnostic.get(0) == 0 end, 50)
local hover = client.request_sync('textDocument/hover', { textDocument = doc, position = { line = 4, character = 5 } }, 5000, 0)
result.hover = hover and hover.result and hover.result.contents.value or vim.NIL
local symbols = client.request_sync('textDocument/documentSymbol', { textDocument = doc }, 5000, 0)
result.symbols = {}
for _, symbol in ipairs(symbols and symbols.result or {}) do table.insert(result.symbols, symbol.name) end
finish()
