namespace DefenceTies.Bulk;

public abstract partial class DefenceTiesBulkImporter
{
    /// <summary>The rows of one table of a batch, as the values the database stores.</summary>
    protected sealed class TableRows
    {
        private readonly BulkImportBatch _batch;
        private readonly RowsProgress? _progress;

        internal TableRows(StoreTable table, BulkImportBatch batch, RowsProgress? progress = null)
        {
            Table = table;
            _batch = batch;
            _progress = progress;
            Count = table.Mapping.Definition.Count(batch);
        }

        /// <summary>The table the rows belong to.</summary>
        public StoreTable Table { get; }

        /// <summary>The number of rows.</summary>
        public int Count { get; }

        /// <summary>The position of the row read last, if any: the row being written when the database refuses one.</summary>
        internal int? LastRead { get; private set; }

        /// <summary>
        /// Puts the values of row <paramref name="index"/> into <paramref name="values"/>, one per
        /// column of <see cref="StoreTable.Columns"/>, converted as the model stores them (enums as
        /// names, partial dates as text); <see langword="null"/> for SQL NULL.
        /// </summary>
        /// <param name="index">The row's position, from 0 to <see cref="Count"/> - 1.</param>
        /// <param name="values">An array at least as long as <see cref="StoreTable.Columns"/>; reuse it from row to row.</param>
        public void Read(int index, object?[] values)
        {
            ArgumentOutOfRangeException.ThrowIfNegative(index);
            ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, Count);
            ArgumentNullException.ThrowIfNull(values);
            var columns = Table.Columns;
            ArgumentOutOfRangeException.ThrowIfLessThan(values.Length, columns.Count, nameof(values));
            var row = Row(index);
            LastRead = index;
            for (var c = 0; c < columns.Count; c++)
            {
                values[c] = columns[c].Mapping.Read(row);
            }

            // A row read is a row handed to the database; the importer reports the end of the table itself.
            if (_progress is { } progress && (index + 1) % ProgressInterval == 0 && index + 1 < Count)
            {
                progress.Report(Table.Name, index + 1);
            }
        }

        internal BulkRow Row(int index) => Table.Mapping.Definition.RowAt(_batch, index);
    }

    /// <summary>Reports the rows of one table as they are read, after the rows of the tables before it.</summary>
    internal sealed class RowsProgress(IProgress<BulkImportProgress> progress, long writtenBefore, long total)
    {
        internal void Report(string table, int rowsOfTable) =>
            progress.Report(new BulkImportProgress(table, writtenBefore + rowsOfTable, total, IsCommitted: false));
    }
}
