/** The little of pdfkit (a devDependency, without types of its own) that the test PDFs use. */
declare module 'pdfkit' {
  type Options = { size?: string | [number, number]; margin?: number; autoFirstPage?: boolean; userPassword?: string; ownerPassword?: string; pdfVersion?: string; info?: Record<string, unknown>; compress?: boolean }
  class PDFDocument {
    constructor(options?: Options)
    on(event: 'data', listener: (chunk: Buffer) => void): this
    on(event: 'end', listener: () => void): this
    addPage(options?: Options): this
    fontSize(size: number): this
    font(name: string): this
    text(text: string, x?: number, y?: number, options?: { width?: number; lineBreak?: boolean }): this
    rect(x: number, y: number, w: number, h: number): this
    fill(color?: string): this
    end(): void
  }
  export default PDFDocument
}
