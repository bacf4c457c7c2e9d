-- Neovim 0.7 as a second, independent LSP client: start `dossier lsp --stdio`, open a note, wait until the
-- workspace is indexed, hover a bare family name, and print the result as JSON.
local samples = os.getenv('DOSSIER_SAMPLES')
local cli = os.getenv('DOSSIER_CLI')
local node = os.getenv('DOSSIER_NODE') or 'node'

local function finish(obj, code)
  io.stdout:write(vim.fn.json_encode(obj) .. '\n')
  vim.cmd(code == 0 and 'qa!' or ('cq! ' .. code))
end

vim.cmd('edit ' .. samples .. '/notes/china-russia-watch.md')
local buf = vim.api.nvim_get_current_buf()
local id = vim.lsp.start_client({ name = 'dossier', cmd = { node, cli, 'lsp', '--stdio' }, root_dir = samples })
vim.lsp.buf_attach_client(buf, id)

local function status()
  local res = vim.lsp.buf_request_sync(buf, 'dossier/status', {}, 2000)
  return res and res[id] and res[id].result
end
if not vim.wait(30000, function()
  local s = status()
  return s ~= nil and s.documents >= 17
end, 200) then
  return finish({ error = 'the workspace was not indexed' }, 2)
end

local pos
for i, line in ipairs(vim.api.nvim_buf_get_lines(buf, 0, -1, false)) do
  local col = line:find('Lavrov keeps', 1, true)
  if col then pos = { line = i - 1, character = col } end
end
local res = vim.lsp.buf_request_sync(buf, 'textDocument/hover', { textDocument = { uri = vim.uri_from_bufnr(buf) }, position = pos }, 10000)
local r = res and res[id] and res[id].result
if not r then return finish({ error = 'no hover result' }, 3) end
finish({ hover = table.concat(vim.lsp.util.convert_input_to_markdown_lines(r.contents), '\n'), range = r.range }, 0)
