-- SPDX-License-Identifier: Apache-2.0
-- Headless Neovim (Debian's 0.7.2, built-in LSP client) against the iac-compliance language server:
-- diagnostics, hover, code action applied, file saved and read back. Exits non-zero on failure.
-- Run by scripts/e2e/run.mjs:
--   FILE=.../quickfix/key.tf SERVER=dist/server.js NODE=node EXCLUDED=rule,rule,... \
--   nvim --headless --clean -n -c "luafile scripts/e2e/nvim-smoke.lua"
local file = os.getenv('FILE')
local server = os.getenv('SERVER')
local node = os.getenv('NODE') or 'node'
local excluded = vim.split(os.getenv('EXCLUDED') or '', ',', { trimempty = true })
local function out(s) io.stdout:write(s .. '\n') end
local function fail(msg) out('FAIL: ' .. msg); vim.cmd('cquit 1') end
local function expect(cond, msg) if not cond then error(msg, 0) end end

local ok, err = pcall(function()
  vim.cmd('edit ' .. vim.fn.fnameescape(file))
  local bufnr = vim.api.nvim_get_current_buf()
  local latest = nil
  local publishes = 0
  local client_id = vim.lsp.start_client({
    name = 'iac-compliance',
    cmd = { node, server, '--stdio' },
    root_dir = vim.fn.fnamemodify(file, ':h'),
    init_options = { settings = { iacCompliance = { excludedRules = excluded } } },
    handlers = {
      ['textDocument/publishDiagnostics'] = function(e, result, ctx, config)
        latest = result
        publishes = publishes + 1
        vim.lsp.diagnostic.on_publish_diagnostics(e, result, ctx, config)
      end,
    },
  })
  expect(client_id, 'start_client returned nil')
  vim.lsp.buf_attach_client(bufnr, client_id)

  expect(vim.wait(15000, function() return latest ~= nil and #latest.diagnostics > 0 end, 20), 'no diagnostics within 15 s')
  local codes = {}
  for _, d in ipairs(latest.diagnostics) do
    out(string.format('DIAG %d:%d-%d:%d %s %s', d.range.start.line, d.range.start.character, d.range['end'].line, d.range['end'].character, d.code, d.message))
    table.insert(codes, d.code)
  end
  expect(table.concat(codes, ',') == 'AWS-KMS-001,AWS-EC2-001', 'codes: ' .. table.concat(codes, ','))
  local kms = latest.diagnostics[1]
  expect(kms.source == 'iac-compliance' and kms.severity == 2, 'source/severity of AWS-KMS-001')
  expect(kms.range.start.line == 0 and kms.range.start.character == 0 and kms.range['end'].line == 0 and kms.range['end'].character == 28, 'range of AWS-KMS-001')
  expect(#vim.diagnostic.get(bufnr) == 2, 'vim.diagnostic.get count ' .. #vim.diagnostic.get(bufnr))

  local uri = vim.uri_from_bufnr(bufnr)
  local hov = vim.lsp.buf_request_sync(bufnr, 'textDocument/hover', { textDocument = { uri = uri }, position = { line = 0, character = 10 } }, 10000)
  local hv = hov and hov[client_id] and hov[client_id].result
  expect(hv, 'no hover')
  local text = hv.contents.value
  out('HOVER ' .. text:gsub('\n', ' '):sub(1, 160))
  for _, must in ipairs({ '**AWS-KMS-001 · ', '*Why it matters:*', '- CIS AWS 5.0.0: 3.6 (Level 2)', '- SOC 2: CC6.1, PI1.5' }) do
    expect(text:find(must, 1, true), 'hover lacks ' .. must)
  end

  local res = vim.lsp.buf_request_sync(bufnr, 'textDocument/codeAction', {
    textDocument = { uri = uri }, range = kms.range, context = { diagnostics = { kms } } }, 10000)
  local actions = res and res[client_id] and res[client_id].result or {}
  local titles = {}
  for _, a in ipairs(actions) do table.insert(titles, a.title) end
  out('ACTIONS ' .. table.concat(titles, ' | '))
  expect(titles[1] == 'Enable automatic key rotation', 'first action: ' .. tostring(titles[1]))
  local before = publishes
  vim.lsp.util.apply_workspace_edit(actions[1].edit, 'utf-16')
  vim.cmd('write')

  local fh = assert(io.open(file, 'r'))
  local disk = fh:read('*a')
  fh:close()
  local want = 'resource "aws_kms_key" "app" {\n  description         = "application key"\n  enable_key_rotation = true\n}\n'
  expect(disk:sub(1, #want) == want, 'file on disk:\n' .. disk)
  -- The server re-validates the changed buffer: only the security group finding is left.
  expect(vim.wait(15000, function()
    return publishes > before and #latest.diagnostics == 1 and latest.diagnostics[1].code == 'AWS-EC2-001'
  end, 20), 'AWS-KMS-001 still reported after the fix')
  out('DIAG after fix: ' .. latest.diagnostics[1].code .. ' line ' .. latest.diagnostics[1].range.start.line)
  vim.lsp.stop_client(client_id)
end)
if not ok then return fail(tostring(err)) end
out('OK')
vim.cmd('qall!')
