@NullMarked
package org.cellbook.reports.ui;

import org.jspecify.annotations.NullMarked;
