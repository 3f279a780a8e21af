@NullMarked
package org.cellbook.reports;

import org.jspecify.annotations.NullMarked;
